package vn.bdhvs.campaign.reporting.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.reporting.progress.ProgressReport;
import vn.bdhvs.campaign.reporting.progress.ProgressReports;

/**
 * Progress reports for managers: the figures of a province or one of its communes for a year, as
 * XLSX, PDF (Decree 30 layout) or CSV. Whoever can see the unit can export it (a commune official
 * their own commune); a unit outside the caller's scope does not exist for them, whatever the
 * parameters say. Every file generated is kept as it was sent and can be downloaded again, byte for
 * byte, by anyone who can see its unit.
 */
@Service
public class ReportService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ProgressReports reports;

    private final ReportSettings settings;

    private final AccountService accounts;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final Clock clock;

    ReportService(ProgressReports reports, ReportSettings settings, AccountService accounts, JdbcClient jdbc,
            JsonMapper json, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What to report: a unit (a 2-digit province code or a 5-digit commune code), a year, whether a
     * province's figures include the targets of the provinces merged into it, and the indicators and
     * groups to keep (by code; empty keeps all).
     */
    public record ReportRequest(String unitCode, int year, boolean includeFormer, Set<String> indicators,
            Set<String> groups) {

        public ReportRequest {
            indicators = Set.copyOf(indicators);
            groups = Set.copyOf(groups);
        }
    }

    /** A generated file: its number in the history, its name, format and bytes. */
    public record StoredReport(long id, String fileName, ReportFormat format, byte[] content) {
    }

    /** A line of the history: what was asked, by whom, when, and the file's size. */
    public record ReportEntry(long id, String unitCode, String unitName, int year, boolean includeFormer,
            ReportFormat format, String username, Instant generatedAt, long size) {
    }

    /** The figures, for the page's preview. */
    @Transactional(readOnly = true)
    public ProgressReport figures(Actor actor, ReportRequest request) {
        PlanningYears.check(request.year());
        String code = request.unitCode() == null ? "" : request.unitCode();
        if (code.matches("\\d{2}")) {
            return reports.province(actor, code, request.year(), request.includeFormer(), request.indicators(),
                    request.groups());
        }
        if (code.matches("\\d{5}")) {
            return reports.commune(actor, code, request.year(), request.indicators(), request.groups());
        }
        throw new NotFoundException("unit", code);
    }

    /** Writes the report in the format and keeps the file in the history. */
    @Transactional
    public StoredReport generate(Actor actor, ReportRequest request, ReportFormat format) {
        ProgressReport report = figures(actor, request);
        LocalDateTime now = LocalDateTime.now(clock);
        String author = accounts.displayNames(List.of(actor.username())).getOrDefault(actor.username(),
                actor.username());
        ReportDocument document = new ReportDocument(report, settings.stored(report.province()).heading(), now,
                author);
        byte[] content = switch (format) {
            case XLSX -> XlsxReport.write(document);
            case PDF -> PdfReport.write(document);
            case CSV -> CsvReport.write(document);
        };
        String fileName = "bao-cao-tien-do-" + report.unitCode() + "-" + report.year() + "-" + STAMP.format(now) + "."
                + format.extension();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("indicators", new TreeSet<>(request.indicators()));
        parameters.put("groups", new TreeSet<>(request.groups()));
        parameters.put("fileName", fileName);
        long id = jdbc.sql("""
                insert into report_file (province_id, commune_id, unit_code, unit_name, year, include_former, format,
                    parameters, username, generated_at, size, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?) returning id
                """).params(report.province().id(), report.commune() == null ? null : report.commune().id(),
                report.unitCode(), report.unitName(), report.year(), report.includeFormer(), format.name(),
                json.writeValueAsString(parameters), actor.username(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), content.length, sha256(content), content)
                .query(Long.class).single();
        return new StoredReport(id, fileName, format, content);
    }

    /** The reports generated within the caller's scope, newest first (the last 100). */
    @Transactional(readOnly = true)
    public List<ReportEntry> history(Actor actor) {
        Visible visible = visible(actor.scope());
        return jdbc.sql("""
                select id, unit_code, unit_name, year, include_former, format, username, generated_at, size
                from report_file where """ + " " + visible.sql() + " order by generated_at desc, id desc limit 100")
                .params(visible.params()).query((rs, n) -> new ReportEntry(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getBoolean(5), ReportFormat.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getLong(9)))
                .list();
    }

    /** A kept report, exactly as it was generated. */
    @Transactional(readOnly = true)
    public StoredReport file(Actor actor, long id) {
        Visible visible = visible(actor.scope());
        Object[] params = new Object[visible.params().length + 1];
        params[0] = id;
        System.arraycopy(visible.params(), 0, params, 1, visible.params().length);
        return jdbc.sql("select id, parameters->>'fileName', format, content from report_file where id = ? and "
                + visible.sql()).params(params).query((rs, n) -> new StoredReport(rs.getLong(1), rs.getString(2),
                        ReportFormat.valueOf(rs.getString(3)), rs.getBytes(4))).optional()
                .orElseThrow(() -> new NotFoundException("report", id));
    }

    private record Visible(String sql, Object[] params) {
    }

    private static Visible visible(UnitScope scope) {
        return switch (scope.level()) {
            case NATION -> new Visible("true", new Object[0]);
            case PROVINCE -> new Visible("province_id = ?", new Object[] { scope.provinceId() });
            case COMMUNE -> new Visible("commune_id = ?", new Object[] { scope.communeId() });
        };
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
