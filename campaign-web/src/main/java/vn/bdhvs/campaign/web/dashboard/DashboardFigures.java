package vn.bdhvs.campaign.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.classes.ClassFilter;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.reporting.progress.CommuneProgressService;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.DataVersions;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.reporting.progress.ProvinceProgressService;
import vn.bdhvs.campaign.web.layout.PageJson;
import vn.bdhvs.campaign.web.layout.ViewText;

/**
 * The figures of the province and commune dashboards, rendered once per data version and kept.
 * A request first finds the unit in the user's scope and reads its current
 * {@link DataVersions data version} (two indexed statements outside any transaction), then serves
 * the figures kept for that version, its parameters, language and day, or reads and renders them.
 * A write moves the version in its own transaction, so the next request on any instance renders
 * afresh: nothing is kept by time. The version is read before the data, so kept figures are never
 * older than their version. Concurrent requests for the same figures render them once. The whole
 * page around them is kept per user under the figures' key
 * ({@link vn.bdhvs.campaign.web.layout.KeptPages}).
 */
@Component
class DashboardFigures {

    static final String PROVINCE_FIGURES = "dashboard/provinceFigures";

    static final String COMMUNE_FIGURES = "dashboard/communeFigures";

    /** What kept figures show: the data version they were read at, the page's parameters, language and day. */
    private record Key(String view, DataVersions.Version version, List<Object> parameters, Locale locale,
            LocalDate today) {
    }

    /**
     * Kept figures: the key they are kept under (it names everything they show), the dashboard they
     * show, their HTML and the data for the page's scripts (map, charts).
     */
    record Figures<D>(Object key, D dashboard, String html, PageJson.ScriptJson chartData, PageJson.ScriptJson mapData) {

        private int weight() {
            return html.length() + (chartData == null ? 0 : chartData.text().length())
                    + (mapData == null ? 0 : mapData.text().length());
        }
    }

    /** A province dashboard's parameters, as given in its address. */
    record ProvinceQuery(int year, boolean former, String indicator, String group, ProgressStatus status, String q,
            int page) {
    }

    private final Cache<Key, Figures<?>> kept;

    private final GeographyService geography;

    private final DataVersions versions;

    private final ProvinceProgressService provinceProgress;

    private final CommuneProgressService communeProgress;

    private final ClassService classes;

    private final PlanningCatalog catalog;

    private final DashboardScripts scripts;

    private final ViewText viewText;

    private final Clock clock;

    DashboardFigures(@Value("${campaign.dashboards.kept-megabytes}") int keptMegabytes, GeographyService geography,
            DataVersions versions, ProvinceProgressService provinceProgress, CommuneProgressService communeProgress, ClassService classes,
            PlanningCatalog catalog, DashboardScripts scripts, ViewText viewText, MeterRegistry meters, Clock clock) {
        // weighed in characters, two bytes each at most
        this.kept = Caffeine.newBuilder().maximumWeight(keptMegabytes * 512L * 1024)
                .<Key, Figures<?>>weigher((key, figures) -> figures.weight()).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, kept, "dashboard.figures");
        this.geography = geography;
        this.versions = versions;
        this.provinceProgress = provinceProgress;
        this.communeProgress = communeProgress;
        this.classes = classes;
        this.catalog = catalog;
        this.scripts = scripts;
        this.viewText = viewText;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    Figures<Dashboards.Province> province(Actor actor, String code, ProvinceQuery query, Map<String, Object> pageModel,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        long provinceId = geography.findProvince(code).filter(p -> actor.scope().includesProvince(p.id()))
                .orElseThrow(() -> new NotFoundException("province", code)).id();
        DataVersions.Version version = versions.province(provinceId);
        Key key = new Key(PROVINCE_FIGURES, version, Arrays.asList(query.year(), query.former(), query.indicator(),
                query.group(), query.status(), query.q(), query.page()), locale, LocalDate.now(clock));
        return (Figures<Dashboards.Province>) kept.get(key, k -> {
            Dashboards.Province dashboard = provinceProgress.dashboard(actor, code, query.year(), query.former(),
                    query.indicator(), query.group());
            PageJson.ScriptJson mapData = scripts.map(dashboard);
            Map<String, Object> model = figuresModel(pageModel, dashboard);
            model.put("statusFilter", query.status());
            model.put("q", query.q());
            model.put("ranking", RankingPage.of(dashboard.communes(), query.status(), query.q(), query.page()));
            model.put("mapData", mapData);
            return new Figures<>(k, dashboard, viewText.render(PROVINCE_FIGURES, model, locale, request, response),
                    scripts.charts(dashboard.focus(), dashboard.monthly(), dashboard.byGroup(), locale), mapData);
        });
    }

    @SuppressWarnings("unchecked")
    Figures<Dashboards.Commune> commune(Actor actor, String code, int year, String indicator, String group,
            Map<String, Object> pageModel, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        long communeId = geography.findCommune(code).filter(c -> actor.scope().includesCommune(c.provinceId(), c.id()))
                .orElseThrow(() -> new NotFoundException("commune", code)).id();
        DataVersions.Version version = versions.commune(communeId);
        Key key = new Key(COMMUNE_FIGURES, version, Arrays.asList(year, indicator, group), locale, LocalDate.now(clock));
        return (Figures<Dashboards.Commune>) kept.get(key, k -> {
            Dashboards.Commune dashboard = communeProgress.dashboard(actor, code, year, indicator, group);
            Map<String, Object> model = figuresModel(pageModel, dashboard);
            model.put("classesOfMonth", classes.list(actor, code,
                    new ClassFilter(null, null, YearMonth.now(clock)), 0, 50).items());
            model.put("gaps", classes.gaps(actor, code));
            return new Figures<>(k, dashboard, viewText.render(COMMUNE_FIGURES, model, locale, request, response),
                    scripts.charts(dashboard.focus(), dashboard.monthly(), List.of(), locale), null);
        });
    }

    /**
     * What a figures template may use: the dashboard, the choices of the filter form and the demo
     * marker, never the user's or session's attributes of the page around it.
     */
    private Map<String, Object> figuresModel(Map<String, Object> pageModel, Object dashboard) {
        Map<String, Object> model = new HashMap<>();
        model.put("dashboard", dashboard);
        model.put("years", PlanningYears.all());
        model.put("statuses", ProgressStatus.values());
        model.put("indicators", catalog.indicators());
        model.put("groups", catalog.groups());
        model.put("demoProfile", pageModel.get("demoProfile"));
        return model;
    }
}
