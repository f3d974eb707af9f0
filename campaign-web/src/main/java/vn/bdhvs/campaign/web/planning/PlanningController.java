package vn.bdhvs.campaign.web.planning;

import java.time.Clock;
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

import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.PlanProvinces;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.core.planning.SaveOutcome;
import vn.bdhvs.campaign.core.planning.TargetCell;
import vn.bdhvs.campaign.core.planning.TargetCellInput;
import vn.bdhvs.campaign.core.planning.TargetGrid;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.planning.TargetService;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** The yearly target grid of a province: every group × indicator, saved at once. */
@Controller
class PlanningController {

    static final String INDEX_VIEW = "planning/index";

    static final String TARGETS_VIEW = "planning/targets";

    private final TargetService targets;

    private final PlanProvinces provinces;

    private final GeographyService geography;

    private final Clock clock;

    PlanningController(TargetService targets, PlanProvinces provinces, GeographyService geography, Clock clock) {
        this.targets = targets;
        this.provinces = provinces;
        this.geography = geography;
        this.clock = clock;
    }

    /** A province's staff go straight to their grid; an ADMIN chooses a province. */
    @GetMapping("/planning")
    String index(@CurrentUser CampaignUser user, Model model) {
        UnitScope scope = user.actor().scope();
        if (scope.level() == UnitScope.Level.PROVINCE) {
            return "redirect:/provinces/" + user.unitCode() + "/targets";
        }
        model.addAttribute("provinces", geography.currentProvinces(scope));
        return INDEX_VIEW;
    }

    @GetMapping({ "/provinces/{code}/targets", "/provinces/{code}/former/{former}/targets" })
    String grid(@CurrentUser CampaignUser user, @PathVariable String code, @PathVariable(required = false) Long former,
            @RequestParam(required = false) Integer year, Model model) {
        long id = provinces.readable(user.actor(), code, former).id();
        TargetGrid grid = targets.grid(user.actor(), id, PlanningYears.chosenOrCurrent(year, clock));
        return show(model, grid, cellViews(grid, Map.of(), null), false);
    }

    @PostMapping({ "/provinces/{code}/targets", "/provinces/{code}/former/{former}/targets" })
    String save(@CurrentUser CampaignUser user, @PathVariable String code, @PathVariable(required = false) Long former,
            TargetGridForm form, Model model, RedirectAttributes redirect) {
        ProvinceSummary province = provinces.readable(user.actor(), code, former);
        long id = province.id();
        List<TargetCellInput> inputs = form.cells().stream().filter(c -> c.indicatorId() != null)
                .map(c -> new TargetCellInput(c.indicatorId(), c.groupId(), c.value(), c.version())).toList();
        SaveOutcome outcome = targets.save(user.actor(), id, form.year(), inputs,
                Boolean.TRUE.equals(form.confirmed()));
        if (outcome.success()) {
            redirect.addFlashAttribute("success", "planning.saved");
            redirect.addFlashAttribute("successArg", outcome.saved());
            return "redirect:" + ProvincePaths.path(province) + "/targets?year=" + form.year();
        }
        TargetGrid grid = targets.grid(user.actor(), id, form.year());
        Map<String, TargetGridForm.Cell> typed = new HashMap<>();
        form.cells().stream().filter(c -> c.indicatorId() != null)
                .forEach(c -> typed.put(TargetGrid.key(c.indicatorId(), c.groupId()), c));
        model.addAttribute("failure", outcome.needsConfirmation() ? "planning.confirmWarnings" : "planning.fixErrors");
        return show(model, grid, cellViews(grid, typed, outcome), outcome.needsConfirmation());
    }

    private String show(Model model, TargetGrid grid, Map<String, CellView> cells, boolean askConfirmation) {
        model.addAttribute("grid", grid);
        model.addAttribute("cells", cells);
        model.addAttribute("askConfirmation", askConfirmation);
        return TARGETS_VIEW;
    }

    /** The inputs of the grid in display order, showing what the user typed where the save failed. */
    private static Map<String, CellView> cellViews(TargetGrid grid, Map<String, TargetGridForm.Cell> typed,
            SaveOutcome outcome) {
        Map<String, CellView> views = new HashMap<>();
        int index = 0;
        for (TargetGroup group : grid.groups()) {
            for (Indicator indicator : grid.groupIndicators()) {
                views.put(TargetGrid.key(indicator.id(), group.id()), view(index++, grid, indicator, group, typed, outcome));
            }
        }
        for (Indicator indicator : grid.unitIndicators()) {
            views.put(TargetGrid.key(indicator.id(), null), view(index++, grid, indicator, null, typed, outcome));
        }
        return views;
    }

    private static CellView view(int index, TargetGrid grid, Indicator indicator, TargetGroup group,
            Map<String, TargetGridForm.Cell> typed, SaveOutcome outcome) {
        String key = TargetGrid.key(indicator.id(), group == null ? null : group.id());
        TargetCell cell = grid.cell(indicator, group);
        // after a refused save: what the user typed, with the versions they saw
        TargetGridForm.Cell submitted = typed.get(key);
        String value = submitted != null ? submitted.value() : Numbers.forInput(cell == null ? null : cell.value());
        Long version = submitted != null ? submitted.version() : cell == null ? null : cell.version();
        Message error = outcome == null ? null : outcome.errors().get(key);
        Message warning = outcome == null ? null : outcome.warnings().get(key);
        return new CellView(index, indicator.id(), group == null ? null : group.id(), value, version,
                cell == null ? null : cell.id(), error, warning);
    }
}
