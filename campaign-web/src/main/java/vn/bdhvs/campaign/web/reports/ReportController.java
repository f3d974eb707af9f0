package vn.bdhvs.campaign.web.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.reporting.export.ReportFormat;
import vn.bdhvs.campaign.reporting.export.ReportHeading;
import vn.bdhvs.campaign.reporting.export.ReportService;
import vn.bdhvs.campaign.reporting.export.ReportSettings;
import vn.bdhvs.campaign.web.error.ReturnsTo;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * Progress reports: one page ({@code /reports}) to choose the unit, year, groups and indicators,
 * see the figures and download them; stable addresses for each file
 * ({@code /reports/{unitCode}.xlsx|pdf|csv?year=&former=}) with the same scoping as the pages; the
 * history of the files generated; and the heading of a province's reports.
 */
@Controller
class ReportController {

    static final String VIEW = "reports/report";

    static final String SETTINGS_VIEW = "reports/settings";

    private final ReportService reports;

    private final ReportSettings settings;

    private final GeographyService geography;

    private final PlanningCatalog catalog;

    private final Clock clock;

    ReportController(ReportService reports, ReportSettings settings, GeographyService geography,
            PlanningCatalog catalog, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.geography = geography;
        this.catalog = catalog;
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping("/reports")
    String page(@CurrentUser CampaignUser user, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean former,
            @RequestParam(defaultValue = "false") boolean chosen, @RequestParam(required = false) Set<String> indicators,
            @RequestParam(required = false) Set<String> groups, Model model) {
        // an unticked box sends nothing: once the form was sent, no "former" means no; on arrival, yes
        boolean includeFormer = former != null ? former : !chosen;
        int chosenYear = PlanningYears.chosenOrCurrent(year, clock);
        String chosenUnit = unit != null && !unit.isBlank() ? unit.strip() : user.unitCode();
        Set<String> chosenIndicators = indicators == null ? Set.of() : indicators;
        Set<String> chosenGroups = groups == null ? Set.of() : groups;
        model.addAttribute("units", units(user));
        model.addAttribute("years", PlanningYears.all());
        model.addAttribute("indicators", catalog.indicators());
        model.addAttribute("groups", catalog.groups());
        model.addAttribute("chosenUnit", chosenUnit);
        model.addAttribute("chosenYear", chosenYear);
        model.addAttribute("former", includeFormer);
        model.addAttribute("chosenIndicators", chosenIndicators);
        model.addAttribute("chosenGroups", chosenGroups);
        model.addAttribute("history", reports.history(user.actor()));
        if (chosenUnit != null) {
            ReportService.ReportRequest request = new ReportService.ReportRequest(chosenUnit, chosenYear,
                    includeFormer, chosenIndicators, chosenGroups);
            model.addAttribute("report", reports.figures(user.actor(), request));
            Map<String, String> downloads = new LinkedHashMap<>();
            for (ReportFormat format : ReportFormat.values()) {
                downloads.put(format.name(), downloadPath(request, format));
            }
            model.addAttribute("downloads", downloads);
        }
        model.addAttribute("canSetHeading", user.role() == Role.ADMIN || user.role() == Role.PROVINCE_STAFF);
        return VIEW;
    }

    /** The report as a file, generated now and kept in the history. */
    @GetMapping("/reports/{unit:\\d{2}|\\d{5}}.{extension:xlsx|pdf|csv}")
    ResponseEntity<byte[]> download(@CurrentUser CampaignUser user, @PathVariable String unit,
            @PathVariable String extension, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "true") boolean former, @RequestParam(required = false) Set<String> indicators,
            @RequestParam(required = false) Set<String> groups) {
        ReportService.ReportRequest request = new ReportService.ReportRequest(unit,
                PlanningYears.chosenOrCurrent(year, clock), former, indicators == null ? Set.of() : indicators,
                groups == null ? Set.of() : groups);
        return file(reports.generate(user.actor(), request, ReportFormat.ofExtension(extension)));
    }

    /** A report generated earlier, exactly as it was. */
    @GetMapping("/reports/files/{id}")
    ResponseEntity<byte[]> kept(@CurrentUser CampaignUser user, @PathVariable long id) {
        return file(reports.file(user.actor(), id));
    }

    @GetMapping("/reports/settings/{code:\\d{2}}")
    String settingsPage(@CurrentUser CampaignUser user, @PathVariable String code, Model model) {
        model.addAttribute("stored", settings.settings(user.actor(), code));
        model.addAttribute("canEdit", user.role() == Role.ADMIN || user.role() == Role.PROVINCE_STAFF);
        return SETTINGS_VIEW;
    }

    @PostMapping("/reports/settings/{code:\\d{2}}")
    @ReturnsTo("/reports/settings/{code}")
    String saveSettings(@CurrentUser CampaignUser user, @PathVariable String code, HeadingForm form,
            RedirectAttributes redirect) {
        settings.save(user.actor(), code, form.heading(), form.version());
        redirect.addFlashAttribute("success", "report.settings.saved");
        return "redirect:/reports/settings/" + code;
    }

    /** The heading form, every field as typed (blank ones are refused by the service). */
    record HeadingForm(String parentBody, String issuingBody, String numberSuffix, String place,
            String signerAuthority, String signerTitle, String signerName, String recipients, long version) {

        ReportHeading heading() {
            return new ReportHeading(strip(parentBody), strip(issuingBody), strip(numberSuffix), strip(place),
                    strip(signerAuthority), strip(signerTitle), strip(signerName), strip(recipients));
        }

        private static String strip(String value) {
            return value == null ? "" : value.strip();
        }
    }

    /** The units the caller may report on: their commune; or their province and its communes; or every province. */
    private List<Unit> units(CampaignUser user) {
        UnitScope scope = user.actor().scope();
        List<Unit> units = new ArrayList<>();
        switch (scope.level()) {
            case NATION -> geography.currentProvinces(scope).forEach(p -> units.add(new Unit(p.code(), p.name(), false)));
            case PROVINCE -> {
                ProvinceSummary province = geography.province(scope, user.unitCode()).province();
                units.add(new Unit(province.code(), province.name(), false));
                geography.province(scope, user.unitCode()).communes()
                        .forEach(c -> units.add(new Unit(c.code(), c.name(), true)));
            }
            case COMMUNE -> {
                CommuneSummary commune = geography.commune(scope, user.unitCode()).commune();
                units.add(new Unit(commune.code(), commune.name(), true));
            }
        }
        return units;
    }

    /** A unit of the choice list; communes are indented under their province. */
    record Unit(String code, String name, boolean commune) {
    }

    private static String downloadPath(ReportService.ReportRequest request, ReportFormat format) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/reports/" + request.unitCode() + "."
                + format.extension()).queryParam("year", request.year()).queryParam("former", request.includeFormer());
        request.indicators().stream().sorted().forEach(i -> path.queryParam("indicators", i));
        request.groups().stream().sorted().forEach(g -> path.queryParam("groups", g));
        return path.build().toUriString();
    }

    private static ResponseEntity<byte[]> file(ReportService.StoredReport report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(report.format().contentType())).body(report.content());
    }
}
