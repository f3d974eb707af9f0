package vn.bdhvs.campaign.web.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.planning.AllocationService;
import vn.bdhvs.campaign.core.planning.AllocationView;
import vn.bdhvs.campaign.core.planning.CommuneAllocation;
import vn.bdhvs.campaign.core.planning.CommuneValueInput;
import vn.bdhvs.campaign.core.planning.PlanProvinces;
import vn.bdhvs.campaign.core.planning.SaveOutcome;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** How one province target is split among the communes: proportional to population, or by hand. */
@Controller
class AllocationController {

    static final String VIEW = "planning/allocation";

    private final AllocationService allocation;

    private final PlanProvinces provinces;

    AllocationController(AllocationService allocation, PlanProvinces provinces) {
        this.allocation = allocation;
        this.provinces = provinces;
    }

    @GetMapping({ "/provinces/{code}/allocation", "/provinces/{code}/former/{former}/allocation" })
    String show(@CurrentUser CampaignUser user, @PathVariable String code, @PathVariable(required = false) Long former,
            @RequestParam long indicator, @RequestParam(required = false) Long group, @RequestParam int year,
            Model model) {
        long id = provinces.readable(user.actor(), code, former).id();
        return show(model, allocation.view(user.actor(), id, indicator, group, year), Map.of(), null);
    }

    @PostMapping({ "/provinces/{code}/allocation/proportional",
            "/provinces/{code}/former/{former}/allocation/proportional" })
    String proportional(@CurrentUser CampaignUser user, @PathVariable String code,
            @PathVariable(required = false) Long former, @RequestParam long indicator,
            @RequestParam(required = false) Long group, @RequestParam int year, Model model,
            RedirectAttributes redirect) {
        ProvinceSummary province = provinces.readable(user.actor(), code, former);
        long id = province.id();
        SaveOutcome outcome = allocation.allocateProportionally(user.actor(), id, indicator, group, year);
        if (!outcome.success()) {
            model.addAttribute("failure", outcome.errors().get("total").code());
            return show(model, allocation.view(user.actor(), id, indicator, group, year), Map.of(), null);
        }
        return done(redirect, province, indicator, group, year, outcome);
    }

    @PostMapping({ "/provinces/{code}/allocation", "/provinces/{code}/former/{former}/allocation" })
    String manual(@CurrentUser CampaignUser user, @PathVariable String code, @PathVariable(required = false) Long former,
            AllocationForm form, Model model, RedirectAttributes redirect) {
        ProvinceSummary province = provinces.readable(user.actor(), code, former);
        long id = province.id();
        List<CommuneValueInput> inputs = form.communes().stream().filter(c -> c.communeId() != null)
                .map(c -> new CommuneValueInput(c.communeId(), c.value(), c.version())).toList();
        SaveOutcome outcome = allocation.saveManual(user.actor(), id, form.indicator(), form.group(), form.year(),
                inputs);
        if (!outcome.success()) {
            Map<Long, AllocationForm.Commune> typed = new HashMap<>();
            form.communes().stream().filter(c -> c.communeId() != null).forEach(c -> typed.put(c.communeId(), c));
            model.addAttribute("failure", "planning.fixErrors");
            return show(model, allocation.view(user.actor(), id, form.indicator(), form.group(), form.year()), typed,
                    outcome);
        }
        return done(redirect, province, form.indicator(), form.group(), form.year(), outcome);
    }

    private static String done(RedirectAttributes redirect, ProvinceSummary province, long indicator, Long group,
            int year, SaveOutcome outcome) {
        redirect.addFlashAttribute("success", "allocation.saved");
        redirect.addFlashAttribute("successArg", outcome.saved());
        return "redirect:" + ProvincePaths.path(province) + "/allocation?indicator=" + indicator
                + (group == null ? "" : "&group=" + group) + "&year=" + year;
    }

    private static String show(Model model, AllocationView view, Map<Long, AllocationForm.Commune> typed,
            SaveOutcome outcome) {
        List<CellView> cells = new ArrayList<>();
        int index = 0;
        for (CommuneAllocation row : view.communes()) {
            AllocationForm.Commune submitted = typed.get(row.commune().id());
            boolean own = row.stored() != null;
            cells.add(new CellView(index++, view.indicator().id(), row.commune().id(),
                    submitted != null ? submitted.value() : own ? Numbers.forInput(row.stored().value()) : "",
                    submitted != null ? submitted.version() : own ? row.stored().version() : null,
                    own ? row.stored().id() : null,
                    outcome == null ? null : outcome.errors().get(String.valueOf(row.commune().id())), null));
        }
        model.addAttribute("view", view);
        model.addAttribute("cells", cells);
        model.addAttribute("totalError", outcome == null ? null : outcome.errors().get("total"));
        return VIEW;
    }

    /** The submitted commune values of one target. */
    record AllocationForm(long indicator, Long group, int year, List<Commune> communes) {

        AllocationForm {
            communes = communes == null ? new ArrayList<>() : communes;
        }

        record Commune(Long communeId, String value, Long version) {
        }
    }
}
