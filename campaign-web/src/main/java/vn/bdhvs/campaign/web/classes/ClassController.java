package vn.bdhvs.campaign.web.classes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassCompletion;
import vn.bdhvs.campaign.core.classes.ClassDetail;
import vn.bdhvs.campaign.core.classes.ClassFilter;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.ClassStatus;
import vn.bdhvs.campaign.core.classes.CompletionRule;
import vn.bdhvs.campaign.core.classes.EnrollOutcome;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.learners.LearnerSummary;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.error.ReturnsTo;
import vn.bdhvs.campaign.web.layout.KeptPages;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** A commune's classes: list, create, edit, cancel; the class page with sessions, enrolment and completion. */
@Controller
class ClassController {

    static final String LIST_VIEW = "classes/list";

    static final String FORM_VIEW = "classes/form";

    static final String DETAIL_VIEW = "classes/detail";

    static final int PAGE_SIZE = 20;

    private final ClassService training;

    private final EnrollmentService enrollments;

    private final LearnerService learners;

    private final PlanningCatalog catalog;

    private final Clock clock;

    private final CompletionRule completionRule;

    private final ClassesErrors errors;

    private final CommuneVersions versions;

    private final KeptPages pages;

    ClassController(ClassService training, EnrollmentService enrollments, LearnerService learners,
            PlanningCatalog catalog, Clock clock, CompletionRule completionRule, ClassesErrors errors,
            CommuneVersions versions, KeptPages pages) {
        this.versions = versions;
        this.pages = pages;
        this.completionRule = completionRule;
        this.errors = errors;
        this.training = training;
        this.enrollments = enrollments;
        this.learners = learners;
        this.catalog = catalog;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("topics", Topic.values());
        model.addAttribute("formats", ClassFormat.values());
        model.addAttribute("organisers", Organiser.values());
        model.addAttribute("statuses", ClassStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
    }

    /**
     * The class form, with the active target groups to choose from: read here, not for every request of
     * the controller, whose kept pages (KeptPages) show none.
     */
    private String formView(Model model) {
        model.addAttribute("groups", catalog.groups().stream().filter(g -> g.active()).toList());
        return FORM_VIEW;
    }

    /** Kept per user, filter, page, day and the commune's data version (KeptPages). */
    @GetMapping("/communes/{code}/classes")
    void list(@CurrentUser CampaignUser user, @PathVariable String code,
            @RequestParam(required = false) ClassStatus status, @RequestParam(required = false) Topic topic,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ClassFilter filter = new ClassFilter(status, topic, month);
        pages.serve(LIST_VIEW, Arrays.asList(code, versions.ofCommune(code), filter, page, LocalDate.now(clock)), user,
                () -> {
                    model.addAttribute("communeCode", code);
                    model.addAttribute("filter", filter);
                    model.addAttribute("classes", training.list(user.actor(), code, filter, page, PAGE_SIZE));
                    model.addAttribute("canEdit", training.canEdit(user.actor()));
                    return model.asMap();
                }, request, response);
    }

    @GetMapping("/communes/{code}/classes/new")
    String createForm(@CurrentUser CampaignUser user, @PathVariable String code, Model model) {
        training.editableCommune(user.actor(), code);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new ClassCmd(null, null, ClassFormat.IN_PERSON, Organiser.DIGITAL_TECH_TEAM, List.of(),
                today, today.plusWeeks(4), null, 30, null, UUID.randomUUID().toString()));
        model.addAttribute("communeCode", code);
        return formView(model);
    }

    @PostMapping("/communes/{code}/classes/new")
    String create(@CurrentUser CampaignUser user, @PathVariable String code, @Valid @ModelAttribute("form") ClassCmd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        training.commune(user.actor(), code);
        model.addAttribute("communeCode", code);
        if (result.hasErrors()) {
            return formView(model);
        }
        Optional<Long> id = errors.attempt(result, () -> training.create(user.actor(), code, form));
        if (id.isEmpty()) {
            return formView(model);
        }
        redirect.addFlashAttribute("success", "class.created");
        redirect.addFlashAttribute("successArg", form.title());
        return "redirect:/classes/" + id.get();
    }

    /**
     * A class page is kept per user, search text, day and its commune's data version, which moves
     * with the commune's classes, sessions, enrolments, attendance and learners (KeptPages).
     */
    @GetMapping("/classes/{id}")
    void detail(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam(required = false) String q,
            Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        pages.serve(DETAIL_VIEW, Arrays.asList(id, versions.ofClass(id), q, today), user, () -> {
            ClassDetail detail = training.detail(user.actor(), id);
            model.addAttribute("detail", detail);
            int held = (int) detail.sessions().stream().filter(s -> !s.date().isAfter(today)).count();
            model.addAttribute("completionRule", completionRule);
            model.addAttribute("heldSessions", held);
            model.addAttribute("requiredSessions", completionRule.requiredSessions(held));
            List<Long> enrolled = detail.enrollments().stream().map(e -> e.learnerId()).toList();
            List<LearnerSummary> candidates = detail.canEdit()
                    ? learners.search(user.actor(), detail.commune().code(), q, 200).stream()
                            .filter(l -> !enrolled.contains(l.id())).toList()
                    : List.of();
            model.addAttribute("candidates", candidates);
            model.addAttribute("q", q);
            model.addAttribute("groupNames", catalog.groups());
            return model.asMap();
        }, request, response);
    }

    @GetMapping("/classes/{id}/edit")
    String editForm(@CurrentUser CampaignUser user, @PathVariable long id, Model model) {
        ClassDetail detail = training.detail(user.actor(), id);
        if (!detail.writer()) {
            throw new ForbiddenException("training.edit");
        }
        var s = detail.summary();
        model.addAttribute("form", new ClassCmd(s.title(), s.topic(), s.format(), s.organiser(), detail.groupIds(),
                s.startDate(), s.endDate(), s.place(), s.capacity(), s.status(), null));
        model.addAttribute("detail", detail);
        return formView(model);
    }

    @PostMapping("/classes/{id}/edit")
    String edit(@CurrentUser CampaignUser user, @PathVariable long id, @Valid @ModelAttribute("form") ClassCmd form,
            BindingResult result, @RequestParam long version, Model model, RedirectAttributes redirect) {
        model.addAttribute("detail", training.detail(user.actor(), id));
        if (result.hasErrors() || !errors.attempt(result, () -> training.update(user.actor(), id, form, version))) {
            return formView(model);
        }
        redirect.addFlashAttribute("success", "class.updated");
        redirect.addFlashAttribute("successArg", form.title());
        return "redirect:/classes/" + id;
    }

    @PostMapping("/classes/{id}/cancel")
    @ReturnsTo("/classes/{id}")
    String cancel(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(redirect, id, "class.cancelledDone", () -> training.cancel(user.actor(), id, version));
    }

    @PostMapping("/classes/{id}/sessions")
    @ReturnsTo("/classes/{id}")
    String addSession(@CurrentUser CampaignUser user, @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
            RedirectAttributes redirect) {
        return act(redirect, id, "session.added", () -> training.addSession(user.actor(), id, date, time));
    }

    @PostMapping("/classes/{id}/sessions/series")
    @ReturnsTo("/classes/{id}")
    String addSeries(@CurrentUser CampaignUser user, @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate first, @RequestParam int count,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime time,
            RedirectAttributes redirect) {
        return act(redirect, id, "session.seriesAdded",
                () -> training.addWeeklySeries(user.actor(), id, first, count, time));
    }

    @PostMapping("/classes/{id}/enrollments")
    @ReturnsTo("/classes/{id}")
    String enroll(@CurrentUser CampaignUser user, @PathVariable long id,
            @RequestParam(name = "learnerIds", required = false) List<Long> learnerIds,
            @RequestParam(required = false) String citizenId, @RequestParam(required = false) String fullName,
            @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        boolean byCitizenId = citizenId != null && !citizenId.isBlank();
        if (!byCitizenId && (learnerIds == null || learnerIds.isEmpty())) {
            redirect.addFlashAttribute("failure", "enrollment.noneChosen");
            return "redirect:/classes/" + id;
        }
        EnrollOutcome outcome = byCitizenId ? enrollments.enrollByCitizenId(user.actor(), id, citizenId, fullName, confirm)
                : enrollments.enroll(user.actor(), id, learnerIds, confirm);
        if (outcome.needsConfirmation()) {
            redirect.addFlashAttribute("capacityWarning", outcome.warning());
            if (byCitizenId) {
                redirect.addFlashAttribute("pendingCitizenId", citizenId);
                redirect.addFlashAttribute("pendingFullName", fullName);
            }
            else {
                redirect.addFlashAttribute("pendingLearnerIds", learnerIds);
            }
            return "redirect:/classes/" + id;
        }
        redirect.addFlashAttribute("success", "enrollment.done");
        redirect.addFlashAttribute("successArg", outcome.enrolled());
        return "redirect:/classes/" + id;
    }

    @PostMapping("/enrollments/{id}/complete")
    @ReturnsTo("/classes/{classId}")
    String complete(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long classId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String overrideNote, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(redirect, classId, "enrollment.completed",
                () -> enrollments.complete(user.actor(), id, on, overrideNote, version));
    }

    @PostMapping("/enrollments/{id}/vneid")
    @ReturnsTo("/classes/{classId}")
    String vneid(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long classId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(redirect, classId, "enrollment.vneidConfirmed",
                () -> enrollments.confirmVneid(user.actor(), id, on, version));
    }

    @PostMapping("/enrollments/{id}/undo-complete")
    @ReturnsTo("/classes/{classId}")
    String undoComplete(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long classId,
            @RequestParam long version, RedirectAttributes redirect) {
        return act(redirect, classId, "enrollment.completionUndone",
                () -> enrollments.undoCompletion(user.actor(), id, version));
    }

    @PostMapping("/enrollments/{id}/undo-vneid")
    @ReturnsTo("/classes/{classId}")
    String undoVneid(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long classId,
            @RequestParam long version, RedirectAttributes redirect) {
        return act(redirect, classId, "enrollment.vneidUndone", () -> enrollments.undoVneid(user.actor(), id, version));
    }

    @PostMapping("/classes/{id}/finish")
    @ReturnsTo("/classes/{id}")
    String finish(@CurrentUser CampaignUser user, @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        ClassCompletion completion = enrollments.completeClass(user.actor(), id, on);
        redirect.addFlashAttribute("success", completion.belowAttendance() == 0 ? "class.finished"
                : "class.finishedWithOpen");
        redirect.addFlashAttribute("successArg", completion.completed());
        redirect.addFlashAttribute("openEnrollments", completion.belowAttendance());
        return "redirect:/classes/" + id;
    }

    private static String act(RedirectAttributes redirect, long classId, String success, Runnable action) {
        action.run();
        redirect.addFlashAttribute("success", success);
        return "redirect:/classes/" + classId;
    }
}
