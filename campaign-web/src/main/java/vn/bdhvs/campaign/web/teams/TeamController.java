package vn.bdhvs.campaign.web.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
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
import vn.bdhvs.campaign.core.teams.ActivityCmd;
import vn.bdhvs.campaign.core.teams.TeamCmd;
import vn.bdhvs.campaign.core.teams.TeamKind;
import vn.bdhvs.campaign.core.teams.TeamService;
import vn.bdhvs.campaign.core.teams.TeamView;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** Community digital technology teams and youth volunteer teams of a commune, and their reports. */
@Controller
class TeamController {

    static final String VIEW = "teams/list";

    private final TeamService teams;

    private final Clock clock;

    private final ClassService training;

    private final MessageSource messages;

    private final TeamsErrors errors;

    TeamController(TeamService teams, Clock clock, ClassService training, MessageSource messages, TeamsErrors errors) {
        this.errors = errors;
        this.teams = teams;
        this.clock = clock;
        this.training = training;
        this.messages = messages;
    }

    @GetMapping("/communes/{code}/teams")
    String list(@CurrentUser CampaignUser user, @PathVariable String code, Model model) {
        model.addAttribute("form", new TeamCmd(TeamKind.DIGITAL_TECH, null, null, null, UUID.randomUUID().toString()));
        return show(code, teams.teams(user.actor(), code), user, model);
    }

    @PostMapping("/communes/{code}/teams")
    String register(@CurrentUser CampaignUser user, @PathVariable String code, @Valid @ModelAttribute("form") TeamCmd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        List<TeamView> existing = teams.teams(user.actor(), code);
        if (result.hasErrors() || errors.attempt(result, () -> teams.register(user.actor(), code, form)).isEmpty()) {
            return show(code, existing, user, model);
        }
        redirect.addFlashAttribute("success", "team.registered");
        redirect.addFlashAttribute("successArg", form.name());
        return "redirect:/communes/" + code + "/teams";
    }

    /**
     * An activity report. A report with mistakes comes back on the same page, its team's form open,
     * with what was typed and a message under each wrong field.
     */
    @PostMapping("/teams/{id}/activities")
    String report(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam String communeCode,
            @Valid @ModelAttribute("activity") ActivityCmd activity, BindingResult result,
            @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        teams.team(user.actor(), id);
        if (!result.hasErrors() && errors.attempt(result, () -> teams.report(user.actor(), id, activity)).isPresent()) {
            redirect.addFlashAttribute("success", "activity.reported");
            redirect.addFlashAttribute("successArg", activity.title());
            return "redirect:/communes/" + communeCode + "/teams";
        }
        Map<String, String> fields = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
        // a rule of the whole report is shown under its title, where the form starts
        result.getGlobalErrors().forEach(error -> fields.putIfAbsent("title", messages.getMessage(error, locale)));
        model.addAttribute("activityTeamId", id);
        model.addAttribute("activityValues", typed);
        model.addAttribute("activityErrors", fields);
        model.addAttribute("form", new TeamCmd(TeamKind.DIGITAL_TECH, null, null, null, UUID.randomUUID().toString()));
        return show(communeCode, teams.teams(user.actor(), communeCode), user, model);
    }

    private String show(String code, List<TeamView> existing, CampaignUser user, Model model) {
        model.addAttribute("communeCode", code);
        model.addAttribute("canEdit", training.canEdit(user.actor()));
        model.addAttribute("teams", existing);
        model.addAttribute("kinds", TeamKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("activityToken", UUID.randomUUID().toString());
        return VIEW;
    }
}
