package vn.bdhvs.campaign.web.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.NationProgressService;
import vn.bdhvs.campaign.reporting.progress.ProgressRecompute;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.web.layout.KeptPages;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * Progress dashboards: the nation (ADMIN), a province, a commune; drill-down keeps the year. The
 * province's and commune's figures come kept per data version from {@link DashboardFigures}, and
 * their whole pages are kept per user under the figures' key ({@link KeptPages}).
 */
@Controller
class DashboardController {

    static final String NATION_VIEW = "dashboard/nation";

    static final String PROVINCE_VIEW = "dashboard/province";

    static final String COMMUNE_VIEW = "dashboard/commune";

    private final NationProgressService nationProgress;

    private final DashboardFigures dashboards;

    private final ProgressRecompute recompute;

    private final KeptPages pages;

    private final MessageSource messages;

    private final Clock clock;

    DashboardController(NationProgressService nationProgress, DashboardFigures dashboards, ProgressRecompute recompute,
            KeptPages pages, MessageSource messages, Clock clock) {
        this.nationProgress = nationProgress;
        this.dashboards = dashboards;
        this.recompute = recompute;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
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
        model.addAttribute("years", PlanningYears.all());
        model.addAttribute("freshness", freshness(nation.updatedAt(), LocaleContextHolder.getLocale()));
        return NATION_VIEW;
    }

    @GetMapping("/dashboard/provinces/{code}")
    void province(@CurrentUser CampaignUser user, @PathVariable String code,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "true") boolean former,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String group,
            @RequestParam(required = false) ProgressStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        DashboardFigures.Figures<Dashboards.Province> figures = dashboards.province(user.actor(), code,
                new DashboardFigures.ProvinceQuery(year(year), former, indicator, group, status, q, page),
                model.asMap(), locale, request, response);
        show(PROVINCE_VIEW, user, model, figures, freshness(figures.dashboard().updatedAt(), locale), request,
                response);
    }

    @GetMapping("/dashboard/communes/{code}")
    void commune(@CurrentUser CampaignUser user, @PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String group, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        DashboardFigures.Figures<Dashboards.Commune> figures = dashboards.commune(user.actor(), code, year(year),
                indicator, group, model.asMap(), locale, request, response);
        model.addAttribute("provinceVisible",
                user.actor().scope().includesProvince(figures.dashboard().province().id()));
        show(COMMUNE_VIEW, user, model, figures, freshness(figures.dashboard().updatedAt(), locale), request,
                response);
    }

    @PostMapping("/admin/progress/recompute")
    String recompute(@CurrentUser CampaignUser user, RedirectAttributes redirect) {
        int rows = recompute.recompute(user.actor());
        redirect.addFlashAttribute("success", "progress.recomputed");
        redirect.addFlashAttribute("successArg", rows);
        return "redirect:/dashboard/nation";
    }

    /** How long ago the last counted write happened, as of now; the counters themselves are always current. */
    private String freshness(Instant updatedAt, Locale locale) {
        if (updatedAt == null) {
            return messages.getMessage("progress.freshness.none", null, locale);
        }
        Freshness ago = Freshness.of(Duration.between(updatedAt, clock.instant()));
        return messages.getMessage("progress.freshness", new Object[] { ago.amount(), ago.unit() }, locale);
    }

    /** Kept figures in the page around them, itself kept; how long ago they changed is filled in as of now. */
    private void show(String view, CampaignUser user, Model model, DashboardFigures.Figures<?> figures,
            String freshness, HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.serve(view, figures.key(), user, () -> {
            model.addAttribute("dashboard", figures.dashboard());
            model.addAttribute("figures", figures.html());
            model.addAttribute("chartData", figures.chartData());
            model.addAttribute("mapData", figures.mapData());
            return model.asMap();
        }, Map.of("freshness", freshness), request, response);
    }

    private int year(Integer year) {
        return PlanningYears.chosenOrCurrent(year, clock);
    }

}
