package vn.bdhvs.campaign.web.planning;

import java.io.IOException;
import java.time.Clock;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.planning.BaselineInput;
import vn.bdhvs.campaign.core.planning.BaselineRow;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.core.planning.BaselineView;
import vn.bdhvs.campaign.core.planning.CsvImportResult;
import vn.bdhvs.campaign.core.planning.PlanProvinces;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.core.planning.SaveOutcome;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** Population baselines of a province or a commune: form per group, and CSV upload for many units. */
@Controller
class BaselineController {

    static final String VIEW = "planning/baselines";

    private final BaselineService baselines;

    private final PlanProvinces provinces;

    private final Clock clock;

    BaselineController(BaselineService baselines, PlanProvinces provinces, Clock clock) {
        this.baselines = baselines;
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping({ "/provinces/{code}/baselines", "/provinces/{code}/former/{former}/baselines" })
    String province(@CurrentUser CampaignUser user, @PathVariable String code,
            @PathVariable(required = false) Long former, @RequestParam(required = false) Integer year, Model model) {
        long id = provinces.readable(user.actor(), code, former).id();
        return show(model, baselines.province(user.actor(), id, year(year)), Map.of(), null);
    }

    @GetMapping("/communes/{code}/baselines")
    String commune(@CurrentUser CampaignUser user, @PathVariable String code,
            @RequestParam(required = false) Integer year, Model model) {
        return show(model, baselines.commune(user.actor(), code, year(year)), Map.of(), null);
    }

    @PostMapping({ "/provinces/{code}/baselines", "/provinces/{code}/former/{former}/baselines" })
    String saveProvince(@CurrentUser CampaignUser user, @PathVariable String code,
            @PathVariable(required = false) Long former, BaselineForm form, Model model, RedirectAttributes redirect) {
        ProvinceSummary province = provinces.readable(user.actor(), code, former);
        return save(user, province.id(), null, ProvincePaths.path(province) + "/baselines", form, model, redirect);
    }

    @PostMapping("/communes/{code}/baselines")
    String saveCommune(@CurrentUser CampaignUser user, @PathVariable String code, BaselineForm form, Model model,
            RedirectAttributes redirect) {
        long provinceId = baselines.commune(user.actor(), code, form.year()).province().id();
        return save(user, provinceId, code, "/communes/" + code + "/baselines", form, model, redirect);
    }

    @PostMapping({ "/provinces/{code}/baselines/csv", "/provinces/{code}/former/{former}/baselines/csv" })
    String upload(@CurrentUser CampaignUser user, @PathVariable String code,
            @PathVariable(required = false) Long former, @RequestParam("file") MultipartFile file,
            @RequestParam int year, Model model, RedirectAttributes redirect) throws IOException {
        ProvinceSummary province = provinces.readable(user.actor(), code, former);
        long id = province.id();
        if (file.isEmpty()) {
            model.addAttribute("failure", "referenceData.noFile");
            return show(model, baselines.province(user.actor(), id, year), Map.of(), null);
        }
        CsvImportResult result = baselines.importCsv(user.actor(), id, file.getBytes());
        if (!result.success()) {
            model.addAttribute("failure", "baseline.csv.rejected");
            model.addAttribute("csvErrors", result.errors());
            model.addAttribute("csvErrorCount", result.errorCount());
            return show(model, baselines.province(user.actor(), id, year), Map.of(), null);
        }
        redirect.addFlashAttribute("success", "baseline.csv.imported");
        redirect.addFlashAttribute("successArg", result.saved());
        redirect.addFlashAttribute("warnings", result.warnings());
        return "redirect:" + ProvincePaths.path(province) + "/baselines?year=" + year;
    }

    /** {@code back}: the page of the form, shown again after a successful save. */
    private String save(CampaignUser user, long provinceId, String communeCode, String back, BaselineForm form,
            Model model, RedirectAttributes redirect) {
        List<BaselineInput> inputs = form.rows().stream().filter(r -> r.groupId() != null)
                .map(r -> new BaselineInput(r.groupId(), r.value(), r.version())).toList();
        SaveOutcome outcome = baselines.save(user.actor(), provinceId, communeCode, form.year(), inputs);
        if (outcome.success()) {
            redirect.addFlashAttribute("success", "baseline.saved");
            redirect.addFlashAttribute("successArg", outcome.saved());
            redirect.addFlashAttribute("warnings", new ArrayList<>(outcome.warnings().values()));
            return "redirect:" + back + "?year=" + form.year();
        }
        Map<Long, BaselineForm.Row> typed = new HashMap<>();
        form.rows().stream().filter(r -> r.groupId() != null).forEach(r -> typed.put(r.groupId(), r));
        model.addAttribute("failure", "planning.fixErrors");
        return show(model, view(user, provinceId, communeCode, form.year()), typed, outcome);
    }

    private BaselineView view(CampaignUser user, long provinceId, String communeCode, int year) {
        return communeCode == null ? baselines.province(user.actor(), provinceId, year)
                : baselines.commune(user.actor(), communeCode, year);
    }

    private String show(Model model, BaselineView view, Map<Long, BaselineForm.Row> typed, SaveOutcome outcome) {
        List<CellView> cells = new ArrayList<>();
        int index = 0;
        for (BaselineRow row : view.rows()) {
            BaselineForm.Row submitted = typed.get(row.group().id());
            String key = String.valueOf(row.group().id());
            cells.add(new CellView(index++, 0, row.group().id(),
                    submitted != null ? submitted.value() : Numbers.forInput(row.headCount()),
                    submitted != null ? submitted.version() : row.version(), null,
                    outcome == null ? null : outcome.errors().get(key), null));
        }
        model.addAttribute("view", view);
        model.addAttribute("cells", cells);
        model.addAttribute("csvHeader", String.join(",", BaselineService.CSV_HEADER));
        return VIEW;
    }

    private int year(Integer year) {
        return PlanningYears.chosenOrCurrent(year, clock);
    }

    /** The submitted baseline form: one row per target group. */
    record BaselineForm(int year, List<Row> rows) {

        BaselineForm {
            rows = rows == null ? new ArrayList<>() : rows;
        }

        record Row(Long groupId, String value, Long version) {
        }
    }
}
