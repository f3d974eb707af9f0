package vn.bdhvs.campaign.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.CreateUserCmd;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.accounts.UpdateUserCmd;
import vn.bdhvs.campaign.core.accounts.UserSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.web.error.ReturnsTo;
import vn.bdhvs.campaign.web.geography.CommunePicker;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** ADMIN: create, re-scope, disable and enable accounts. */
@Controller
@RequestMapping(UserAdminController.LIST)
class UserAdminController {

    static final String LIST = "/admin/users";

    static final String LIST_VIEW = "admin/users";

    static final String CREATE_VIEW = "admin/userCreate";

    static final String EDIT_VIEW = "admin/userEdit";

    private final AccountService accounts;

    private final GeographyService geography;

    private final CommunePicker communePicker;

    private final AdminErrors errors;

    UserAdminController(AccountService accounts, GeographyService geography, CommunePicker communePicker,
            AdminErrors errors) {
        this.accounts = accounts;
        this.errors = errors;
        this.geography = geography;
        this.communePicker = communePicker;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("provinces", geography.currentProvinces(UnitScope.nation()));
    }

    @GetMapping
    String list(@CurrentUser CampaignUser user, Model model) {
        model.addAttribute("users", accounts.list(user.actor()));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new CreateUserCmd(null, null, null, null, null, null));
        return CREATE_VIEW;
    }

    @PostMapping("/new")
    String create(@CurrentUser CampaignUser user, @Valid @ModelAttribute("form") CreateUserCmd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        String communeCode = communePicker.resolve(user.actor().scope(), form.communeCode(), form.provinceCode(), result,
                "communeCode");
        model.addAttribute("communeChosen", communePicker.chosen(user.actor().scope(), communeCode));
        if (result.hasErrors()) {
            return CREATE_VIEW;
        }
        if (errors.attempt(result, () -> accounts.create(user.actor(), new CreateUserCmd(form.username(),
                form.displayName(), form.role(), form.provinceCode(), communeCode, form.password()))).isEmpty()) {
            return CREATE_VIEW;
        }
        redirect.addFlashAttribute("success", "user.created");
        redirect.addFlashAttribute("successArg", form.username());
        return "redirect:" + LIST;
    }

    @GetMapping("/{id}/edit")
    String editForm(@CurrentUser CampaignUser user, @PathVariable long id, Model model) {
        UserSummary summary = accounts.get(user.actor(), id);
        model.addAttribute("account", summary);
        model.addAttribute("form", new UpdateUserCmd(summary.displayName(), summary.role(), summary.provinceCode(),
                summary.communeCode(), summary.version()));
        model.addAttribute("communeChosen", communePicker.chosen(user.actor().scope(), summary.communeCode()));
        return EDIT_VIEW;
    }

    @PostMapping("/{id}/edit")
    String edit(@CurrentUser CampaignUser user, @PathVariable long id, @Valid @ModelAttribute("form") UpdateUserCmd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserSummary summary = accounts.get(user.actor(), id);
        model.addAttribute("account", summary);
        String communeCode = communePicker.resolve(user.actor().scope(), form.communeCode(), form.provinceCode(), result,
                "communeCode");
        model.addAttribute("communeChosen", communePicker.chosen(user.actor().scope(), communeCode));
        if (result.hasErrors()) {
            return EDIT_VIEW;
        }
        if (!errors.attempt(result, () -> accounts.update(user.actor(), id, new UpdateUserCmd(form.displayName(),
                form.role(), form.provinceCode(), communeCode, form.version())))) {
            return EDIT_VIEW;
        }
        redirect.addFlashAttribute("success", "user.updated");
        redirect.addFlashAttribute("successArg", summary.username());
        return "redirect:" + LIST;
    }

    @PostMapping("/{id}/disable")
    @ReturnsTo(LIST)
    String disable(@CurrentUser CampaignUser user, @PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(user, id, false, redirect);
    }

    @PostMapping("/{id}/enable")
    @ReturnsTo(LIST)
    String enable(@CurrentUser CampaignUser user, @PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(user, id, true, redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@CurrentUser CampaignUser user, @PathVariable long id, RedirectAttributes redirect) {
        String username = accounts.get(user.actor(), id).username();
        accounts.unlock(user.actor(), id);
        redirect.addFlashAttribute("success", "user.unlocked");
        redirect.addFlashAttribute("successArg", username);
        return "redirect:" + LIST;
    }

    private String setEnabled(CampaignUser user, long id, boolean enabled, RedirectAttributes redirect) {
        String username = accounts.get(user.actor(), id).username();
        accounts.setEnabled(user.actor(), id, enabled);
        redirect.addFlashAttribute("success", enabled ? "user.enabled" : "user.disabled");
        redirect.addFlashAttribute("successArg", username);
        return "redirect:" + LIST;
    }
}
