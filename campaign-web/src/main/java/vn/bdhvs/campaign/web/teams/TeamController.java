package vn.bdhvs.campaign.web.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.training.ActivityCmd;
import vn.bdhvs.campaign.core.training.TeamCmd;
import vn.bdhvs.campaign.core.training.TeamKind;
import vn.bdhvs.campaign.core.training.TeamService;
import vn.bdhvs.campaign.core.training.TeamView;
import vn.bdhvs.campaign.web.error.Failures;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** Community digital technology teams and youth volunteer teams of a commune, and their reports. */
@Controller
class TeamController {

    static final String VIEW = "teams/list";

    private final TeamService teams;

    private final Clock clock;

    TeamController(TeamService teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    @GetMapping("/communes/{code}/teams")
    String list(@CurrentUser CampaignUser user, @PathVariable String code, Model model) {
        model.addAttribute("form", new TeamCmd(TeamKind.DIGITAL_TECH, null, null, null, UUID.randomUUID().toString()));
        return show(code, teams.teams(user.actor(), code), model);
    }

    @PostMapping("/communes/{code}/teams")
    String register(@CurrentUser CampaignUser user, @PathVariable String code, @Valid @ModelAttribute("form") TeamCmd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        List<TeamView> existing = teams.teams(user.actor(), code);
        if (!result.hasErrors()) {
            try {
                teams.register(user.actor(), code, form);
                redirect.addFlashAttribute("success", "team.registered");
                redirect.addFlashAttribute("successArg", form.name());
                return "redirect:/communes/" + code + "/teams";
            }
            catch (DomainException ex) {
                result.reject(ex.code(), Failures.args(ex), ex.code());
            }
        }
        return show(code, existing, model);
    }

    @PostMapping("/teams/{id}/activities")
    String report(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam String communeCode,
            @Valid ActivityCmd activity, BindingResult result, RedirectAttributes redirect) {
        teams.team(user.actor(), id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("failure", "activity.invalid");
        }
        else {
            try {
                teams.report(user.actor(), id, activity);
                redirect.addFlashAttribute("success", "activity.reported");
                redirect.addFlashAttribute("successArg", activity.title());
            }
            catch (DomainException ex) {
                Failures.flash(redirect, ex);
            }
        }
        return "redirect:/communes/" + communeCode + "/teams";
    }

    private String show(String code, List<TeamView> existing, Model model) {
        model.addAttribute("communeCode", code);
        model.addAttribute("teams", existing);
        model.addAttribute("kinds", TeamKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("activityToken", UUID.randomUUID().toString());
        return VIEW;
    }
}
