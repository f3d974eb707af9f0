package vn.bdhvs.campaign.web.learners;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.learners.Registration;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.classes.CommuneVersions;
import vn.bdhvs.campaign.web.layout.KeptPages;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * Learners of a commune: search by name, and quick registration, optionally straight into a
 * class ("save and next" for an official entering a whole class after a session).
 */
@Controller
class LearnerController {

    static final String LIST_VIEW = "learners/list";

    static final String FORM_VIEW = "learners/form";

    static final String DUPLICATE_VIEW = "learners/duplicate";

    private final LearnerService learners;

    private final EnrollmentService enrollments;

    private final PlanningCatalog catalog;

    private final ClassService training;

    private final LearnersErrors errors;

    private final CommuneVersions versions;

    private final KeptPages pages;

    LearnerController(LearnerService learners, EnrollmentService enrollments, PlanningCatalog catalog,
            ClassService training, LearnersErrors errors, CommuneVersions versions, KeptPages pages) {
        this.errors = errors;
        this.versions = versions;
        this.pages = pages;
        this.learners = learners;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.training = training;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
    }

    /**
     * The learner form, with the active target groups to choose from: read here, not for every request of
     * the controller, whose kept pages (KeptPages) show none.
     */
    private String formView(Model model) {
        model.addAttribute("groups", catalog.groups().stream().filter(g -> g.active()).toList());
        return FORM_VIEW;
    }

    /** Kept per user, search text and the commune's data version, which learners' writes move (KeptPages). */
    @GetMapping("/communes/{code}/learners")
    void list(@CurrentUser CampaignUser user, @PathVariable String code, @RequestParam(required = false) String q,
            Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.serve(LIST_VIEW, Arrays.asList(code, versions.ofCommune(code), q), user, () -> {
            model.addAttribute("communeCode", code);
            model.addAttribute("q", q);
            model.addAttribute("learners", learners.search(user.actor(), code, q, 200));
            model.addAttribute("groupNames", catalog.groups());
            model.addAttribute("canEdit", training.canEdit(user.actor()));
            return model.asMap();
        }, request, response);
    }

    @GetMapping("/communes/{code}/learners/new")
    String form(@CurrentUser CampaignUser user, @PathVariable String code, @RequestParam(required = false) Long classId,
            Model model) {
        training.editableCommune(user.actor(), code);
        model.addAttribute("communeCode", code);
        model.addAttribute("form", new RegisterLearnerCmd(null, null, null, null, null, null, classId,
                UUID.randomUUID().toString()));
        return formView(model);
    }

    @PostMapping("/communes/{code}/learners/new")
    String register(@CurrentUser CampaignUser user, @PathVariable String code,
            @Valid @ModelAttribute("form") RegisterLearnerCmd form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        training.commune(user.actor(), code);
        model.addAttribute("communeCode", code);
        if (result.hasErrors()) {
            return formView(model);
        }
        Optional<Registration> registered = errors.attempt(result,
                () -> enrollments.registerAndEnroll(user.actor(), code, form));
        if (registered.isEmpty()) {
            return formView(model);
        }
        Registration registration = registered.get();
        if (registration.duplicate()) {
            model.addAttribute("registration", registration);
            return DUPLICATE_VIEW;
        }
        redirect.addFlashAttribute("success", form.classId() == null ? "learner.registered" : "learner.registeredEnrolled");
        redirect.addFlashAttribute("successArg", registration.learner().fullName());
        return "redirect:/communes/" + code + "/learners/new" + (form.classId() == null ? "" : "?classId=" + form.classId());
    }
}
