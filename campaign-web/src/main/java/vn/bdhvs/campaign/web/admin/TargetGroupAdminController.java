package vn.bdhvs.campaign.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.bdhvs.campaign.core.planning.CreateTargetGroupCmd;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** ADMIN: add target groups and deactivate them (never delete: history keeps them). */
@Controller
@RequestMapping("/admin/groups")
class TargetGroupAdminController {

    static final String VIEW = "admin/groups";

    private final PlanningCatalog catalog;

    private final AdminErrors errors;

    TargetGroupAdminController(PlanningCatalog catalog, AdminErrors errors) {
        this.catalog = catalog;
        this.errors = errors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new CreateTargetGroupCmd(null, null, null));
        return show(model);
    }

    @PostMapping
    String create(@CurrentUser CampaignUser user, @Valid @ModelAttribute("form") CreateTargetGroupCmd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors() || errors.attempt(result, () -> catalog.createGroup(user.actor(), form)).isEmpty()) {
            return show(model);
        }
        redirect.addFlashAttribute("success", "group.created");
        redirect.addFlashAttribute("successArg", form.nameVi());
        return "redirect:/admin/groups";
    }

    @PostMapping("/{id}/disable")
    String disable(@CurrentUser CampaignUser user, @PathVariable long id) {
        catalog.setGroupActive(user.actor(), id, false);
        return "redirect:/admin/groups";
    }

    @PostMapping("/{id}/enable")
    String enable(@CurrentUser CampaignUser user, @PathVariable long id) {
        catalog.setGroupActive(user.actor(), id, true);
        return "redirect:/admin/groups";
    }

    private String show(Model model) {
        model.addAttribute("groups", catalog.groups());
        return VIEW;
    }
}
