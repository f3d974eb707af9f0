package vn.bdhvs.campaign.web.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import vn.bdhvs.campaign.core.boundaries.BoundaryService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.core.classes.ClassFilter;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.reporting.progress.CommuneProgressService;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.NationProgressService;
import vn.bdhvs.campaign.reporting.progress.ProgressRecompute;
import vn.bdhvs.campaign.reporting.progress.ProvinceProgressService;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;
import vn.bdhvs.campaign.web.layout.PageJson;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/** Progress dashboards: the nation (ADMIN), a province, a commune; drill-down keeps the year. */
@Controller
class DashboardController {

    static final String NATION_VIEW = "dashboard/nation";

    static final String PROVINCE_VIEW = "dashboard/province";

    static final String COMMUNE_VIEW = "dashboard/commune";

    private final NationProgressService nationProgress;

    private final ProvinceProgressService provinceProgress;

    private final CommuneProgressService communeProgress;

    private final ProgressRecompute recompute;

    private final ClassService training;

    private final PlanningCatalog catalog;

    private final Clock clock;

    private final JsonMapper json;

    private final BoundaryService boundaries;

    private final PageJson pageJson;

    DashboardController(NationProgressService nationProgress, ProvinceProgressService provinceProgress,
            CommuneProgressService communeProgress, ProgressRecompute recompute, ClassService training,
            PlanningCatalog catalog, Clock clock, JsonMapper json, BoundaryService boundaries,
            PageJson pageJson) {
        this.pageJson = pageJson;
        this.json = json;
        this.boundaries = boundaries;
        this.nationProgress = nationProgress;
        this.provinceProgress = provinceProgress;
        this.communeProgress = communeProgress;
        this.recompute = recompute;
        this.training = training;
        this.catalog = catalog;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("years", PlanningYears.all());
        model.addAttribute("statuses", ProgressStatus.values());
    }

    @GetMapping("/dashboard")
    String start(@CurrentUser CampaignUser user) {
        return switch (user.actor().scope().level()) {
            case NATION -> "redirect:/dashboard/nation";
            case PROVINCE -> "redirect:/dashboard/provinces/" + user.unitCode();
            case COMMUNE -> "redirect:/dashboard/communes/" + user.unitCode();
        };
    }

    @GetMapping("/dashboard/nation")
    String nation(@CurrentUser CampaignUser user, @RequestParam(required = false) Integer year, Model model) {
        Dashboards.Nation nation = nationProgress.dashboard(user.actor(), year(year));
        model.addAttribute("nation", nation);
        model.addAttribute("selectedYear", nation.year());
        freshness(model, nation.updatedAt());
        return NATION_VIEW;
    }

    @GetMapping("/dashboard/provinces/{code}")
    String province(@CurrentUser CampaignUser user, @PathVariable String code,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "true") boolean former,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String group,
            @RequestParam(required = false) ProgressStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Dashboards.Province dashboard = provinceProgress.dashboard(user.actor(), code, year(year), former, indicator, group);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("selectedYear", dashboard.year());
        model.addAttribute("statusFilter", status);
        model.addAttribute("q", q);
        model.addAttribute("ranking", RankingPage.of(dashboard.communes(), status, q, page));
        model.addAttribute("indicators", catalog.indicators());
        model.addAttribute("groups", catalog.groups());
        model.addAttribute("chartData", charts(dashboard.focus(), dashboard.monthly(), dashboard.byGroup()));
        boundaries.boundaries(dashboard.province().id()).ifPresent(geojson -> model.addAttribute("mapData",
                mapData(geojson, dashboard.communes())));
        freshness(model, dashboard.updatedAt());
        return PROVINCE_VIEW;
    }

    @GetMapping("/dashboard/communes/{code}")
    String commune(@CurrentUser CampaignUser user, @PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String group, Model model) {
        Dashboards.Commune dashboard = communeProgress.dashboard(user.actor(), code, year(year), indicator, group);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("selectedYear", dashboard.year());
        model.addAttribute("provinceVisible", user.actor().scope().includesProvince(dashboard.province().id()));
        model.addAttribute("classesOfMonth", training.list(user.actor(), code,
                new ClassFilter(null, null, YearMonth.now(clock)), 0, 50).items());
        model.addAttribute("gaps", training.gaps(user.actor(), code));
        model.addAttribute("indicators", catalog.indicators());
        model.addAttribute("groups", catalog.groups());
        model.addAttribute("chartData", charts(dashboard.focus(), dashboard.monthly(), List.of()));
        freshness(model, dashboard.updatedAt());
        return COMMUNE_VIEW;
    }

    @PostMapping("/admin/progress/recompute")
    String recompute(@CurrentUser CampaignUser user, RedirectAttributes redirect) {
        int rows = recompute.recompute(user.actor());
        redirect.addFlashAttribute("success", "progress.recomputed");
        redirect.addFlashAttribute("successArg", rows);
        return "redirect:/dashboard/nation";
    }

    /** How long ago the last counted write happened; the counters themselves are always current. */
    private void freshness(Model model, Instant updatedAt) {
        model.addAttribute("updatedAgo", updatedAt == null ? null
                : Freshness.of(Duration.between(updatedAt, clock.instant())));
    }

    /** The data behind the charts, for charts.js; the same figures are in the page's tables. */
    private PageJson.ScriptJson charts(ProgressValue focus, List<Dashboards.MonthPoint> monthly, List<ProgressValue> byGroup) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", monthly.stream().map(Dashboards.MonthPoint::month).toList());
        data.put("measures", monthly.stream().map(Dashboards.MonthPoint::measure).toList());
        data.put("target", focus.target());
        String language = LocaleContextHolder.getLocale().getLanguage();
        data.put("groups", byGroup.stream().map(v -> v.group().code()).toList());
        data.put("groupNames", byGroup.stream().map(v -> v.group().name(language)).toList());
        data.put("groupMeasures", byGroup.stream().map(ProgressValue::measure).toList());
        data.put("groupTargets", byGroup.stream().map(ProgressValue::target).toList());
        return pageJson.write(data);
    }

    /** The boundaries (already normalised) and each commune's name, status and % for the choropleth. */
    private PageJson.ScriptJson mapData(String geojson, List<Dashboards.CommuneProgress> communes) {
        Map<String, Object> byCode = new LinkedHashMap<>();
        for (Dashboards.CommuneProgress c : communes) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("name", c.commune().name());
            value.put("status", c.value().status().name());
            value.put("percent", c.value().percentOfTarget());
            byCode.put(c.commune().code(), value);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("geojson", json.readTree(geojson));
        data.put("communes", byCode);
        return pageJson.write(data);
    }

    private int year(Integer year) {
        return PlanningYears.chosenOrCurrent(year, clock);
    }

}
