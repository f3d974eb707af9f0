package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.ImportFileException;
import vn.bdhvs.campaign.core.common.SheetReader;
import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.common.VersionedRows;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.CsvImportResult.LineError;

/**
 * Population baselines (unit, group, year → head count), the denominators of every percentage
 * target. Entered for a province or a commune, by form or CSV; a commune sum above the province
 * figure is allowed but reported as a warning, since either figure may be the outdated one.
 */
@Service
public class BaselineService {

    /** The CSV header: unit code (2-digit province or 5-digit commune), group code, year, head count. */
    public static final List<String> CSV_HEADER = List.of("ma_don_vi", "ma_nhom", "nam", "so_nguoi");

    /** First lines shown of a refused CSV; the total is counted all the same. */
    public static final int SHOWN_ERRORS = 100;

    private final JdbcClient jdbc;

    private final PlanningCatalog catalog;

    private final ProvinceAccess access;

    private final GeographyService geography;

    private final AuditLog audit;

    private final Clock clock;

    private final int maxRows;

    BaselineService(JdbcClient jdbc, PlanningCatalog catalog, ProvinceAccess access, GeographyService geography,
            AuditLog audit, Clock clock, @Value("${campaign.planning.baseline-csv.max-rows:100000}") int maxRows) {
        this.maxRows = maxRows;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.access = access;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BaselineView province(Actor actor, long provinceId, int year) {
        PlanningYears.check(year);
        ProvinceSummary province = access.readable(actor, provinceId);
        return view(ProvinceAccess.canEdit(actor), province, null, year);
    }

    @Transactional(readOnly = true)
    public BaselineView commune(Actor actor, String communeCode, int year) {
        PlanningYears.check(year);
        CommuneSummary commune = geography.findCommune(communeCode)
                .orElseThrow(() -> new NotFoundException("commune", communeCode));
        return view(ProvinceAccess.canEdit(actor), access.readable(actor, commune.provinceId()), commune, year);
    }

    @Transactional
    public SaveOutcome save(Actor actor, long provinceId, String communeCode, int year, List<BaselineInput> inputs) {
        PlanningYears.check(year);
        ProvinceSummary province = access.editable(actor, provinceId);
        CommuneSummary commune = communeCode == null ? null : communeOf(province, communeCode);
        Map<Long, TargetGroup> groups = catalog.groupsById();
        Map<Long, Stored> current = stored(province.id(), commune, year);
        Map<String, Message> errors = new LinkedHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        boolean stale = false;
        for (BaselineInput input : inputs) {
            String key = String.valueOf(input.groupId());
            if (!groups.containsKey(input.groupId())) {
                errors.put(key, Message.of("planning.cell.unknown"));
                continue;
            }
            Stored stored = current.get(input.groupId());
            stale |= !Objects.equals(input.version(), stored == null ? null : stored.version());
            Optional<Long> value;
            try {
                value = headCount(input.value());
            }
            catch (InvalidNumber ex) {
                errors.put(key, ex.reason());
                continue;
            }
            Long newValue = value.orElse(null);
            if (!Objects.equals(newValue, stored == null ? null : stored.headCount())) {
                writes.add(() -> write(actor, province, commune, groups.get(input.groupId()), year, stored, newValue));
            }
        }
        if (stale) {
            throw new ConcurrentChangeException();
        }
        if (!errors.isEmpty()) {
            return new SaveOutcome(errors, Map.of(), 0, false);
        }
        writes.forEach(Runnable::run);
        return new SaveOutcome(Map.of(), exceedWarnings(province, year), writes.size(), false);
    }

    /**
     * Imports a file of baselines (CSV, or an XLSX workbook) for the province and its communes,
     * read by {@link SheetReader}. Every line is checked first; any error means nothing is saved,
     * and importing the same file twice changes nothing. A file of more than {@code maxRows} data
     * rows is refused as soon as the row after the limit is read, and only the first
     * {@link #SHOWN_ERRORS} errors are kept (with their total), so neither the work nor the answer
     * grows with a huge or broken file. A file that cannot be read at all (not UTF-8, binary, a
     * damaged workbook, empty) is refused with the reader's message.
     */
    @Transactional
    public CsvImportResult importCsv(Actor actor, long provinceId, byte[] content) {
        ProvinceSummary province = access.editable(actor, provinceId);
        // one row more than the limit, to say where the limit was passed
        try (SheetReader reader = SheetReader.open(content, maxRows + 1)) {
            List<String> header = reader.header();
            if (!header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().equals(CSV_HEADER)) {
                return new CsvImportResult(List.of(new LineError(1, Message.of("baseline.csv.header",
                        String.join(",", CSV_HEADER)))), 0, List.of());
            }
            boolean workbook = SheetReader.isWorkbook(content);
            Map<String, CommuneSummary> communes = currentCommunes(province);
            Map<String, TargetGroup> groups = new HashMap<>();
            catalog.groups().forEach(group -> groups.put(group.code(), group));
            Set<String> seen = new HashSet<>();
            Set<Integer> years = new TreeSet<>();
            List<Runnable> writes = new ArrayList<>();
            Map<String, Map<Long, Stored>> storedByUnitYear = new HashMap<>();
            List<LineError> errors = new ArrayList<>();
            int errorCount = 0;
            int rowCount = 0;
            for (SheetRow sheetRow = reader.next(); sheetRow != null; sheetRow = reader.next()) {
                if (++rowCount > maxRows) {
                    return new CsvImportResult(List.of(new LineError(sheetRow.number(),
                            Message.of("baseline.csv.tooManyRows", maxRows))), 0, List.of());
                }
                // a workbook leaves out the empty cells at the end of a row
                List<String> row = new ArrayList<>(sheetRow.values());
                while (workbook && row.size() < CSV_HEADER.size()) {
                    row.add("");
                }
                Optional<Message> error = checkRow(actor, province, communes, groups, row, seen, years, writes,
                        storedByUnitYear);
                if (error.isPresent()) {
                    if (++errorCount <= SHOWN_ERRORS) {
                        errors.add(new LineError(sheetRow.number(), error.get()));
                    }
                }
            }
            if (errorCount > 0) {
                return new CsvImportResult(errors, errorCount, 0, List.of());
            }
            writes.forEach(Runnable::run);
            List<Message> warnings = new ArrayList<>();
            years.forEach(year -> warnings.addAll(exceedWarnings(province, year).values()));
            return new CsvImportResult(List.of(), writes.size(), warnings);
        }
        catch (ImportFileException ex) {
            return new CsvImportResult(List.of(new LineError(1, new Message(ex.code(), Arrays.asList(ex.args())))),
                    0, List.of());
        }
    }

    /** Why one data row cannot be imported; otherwise its write (if it changes anything) is queued. */
    private Optional<Message> checkRow(Actor actor, ProvinceSummary province, Map<String, CommuneSummary> communes,
            Map<String, TargetGroup> groups, List<String> row, Set<String> seen, Set<Integer> years,
            List<Runnable> writes, Map<String, Map<Long, Stored>> storedByUnitYear) {
        if (row.size() != CSV_HEADER.size()) {
            return Optional.of(Message.of("baseline.csv.columns", row.size(), CSV_HEADER.size()));
        }
        String unit = row.get(0);
        CommuneSummary commune = null;
        if (!unit.equals(province.code())) {
            commune = communes.get(unit);
            if (commune == null) {
                return Optional.of(Message.of("baseline.csv.unknownUnit", unit, province.name()));
            }
        }
        TargetGroup group = groups.get(row.get(1).toUpperCase(Locale.ROOT));
        if (group == null) {
            return Optional.of(Message.of("baseline.csv.unknownGroup", row.get(1)));
        }
        int year = row.get(2).matches("\\d{4}") ? Integer.parseInt(row.get(2)) : -1;
        if (!PlanningYears.contains(year)) {
            return Optional.of(Message.of("planning.year.outOfRange", row.get(2), PlanningYears.FIRST,
                    PlanningYears.LAST));
        }
        Optional<Long> headCount;
        try {
            headCount = headCount(row.get(3));
        }
        catch (InvalidNumber ex) {
            return Optional.of(ex.reason());
        }
        if (headCount.isEmpty()) {
            return Optional.of(Message.of("baseline.value.required"));
        }
        if (!seen.add(unit + "|" + group.code() + "|" + year)) {
            return Optional.of(Message.of("baseline.csv.duplicate", unit, group.code(), year));
        }
        years.add(year);
        CommuneSummary rowCommune = commune;
        Stored stored = storedByUnitYear.computeIfAbsent(unit + "|" + year,
                k -> stored(province.id(), rowCommune, year)).get(group.id());
        if (stored == null || stored.headCount() != headCount.get().longValue()) {
            writes.add(() -> write(actor, province, rowCommune, group, year, stored, headCount.get()));
        }
        return Optional.empty();
    }

    /**
     * The province's current communes by code, read once: a file naming thousands of different
     * codes costs no query per line.
     */
    private Map<String, CommuneSummary> currentCommunes(ProvinceSummary province) {
        Map<String, CommuneSummary> communes = new HashMap<>();
        if (province.code() != null) {
            geography.province(UnitScope.nation(), province.code()).communes()
                    .forEach(commune -> communes.put(commune.code(), commune));
        }
        return communes;
    }

    /**
     * Head counts by commune of a province, for one group or, with {@code groupId} null, all groups
     * together: the weights of an allocation.
     */
    Map<Long, Long> communeHeadCounts(long provinceId, Long groupId, int year) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select commune_id, sum(head_count) from population_baseline
                where province_id = ? and commune_id is not null and year = ?
                  and (group_id = ? or cast(? as bigint) is null)
                group by commune_id
                """).params(provinceId, year, groupId, groupId).query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    private BaselineView view(boolean editable, ProvinceSummary province, CommuneSummary commune, int year) {
        Map<Long, Stored> stored = stored(province.id(), commune, year);
        Map<Long, long[]> sums = new HashMap<>();
        if (commune == null) {
            jdbc.sql("""
                    select group_id, sum(head_count), count(*) from population_baseline
                    where province_id = ? and commune_id is not null and year = ? group by group_id
                    """).params(province.id(), year).query(rs -> {
                sums.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
            });
        }
        List<BaselineRow> rows = catalog.groups().stream()
                .filter(group -> group.active() || stored.containsKey(group.id())).map(group -> {
                    Stored value = stored.get(group.id());
                    long[] sum = sums.getOrDefault(group.id(), new long[2]);
                    return new BaselineRow(group, value == null ? null : value.headCount(),
                            value == null ? null : value.version(), sum[0], (int) sum[1]);
                }).toList();
        int communeCount = province.former() ? 0 : province.communeCount();
        return new BaselineView(province, commune, year, editable, communeCount, rows);
    }

    private Map<String, Message> exceedWarnings(ProvinceSummary province, int year) {
        Map<String, Message> warnings = new LinkedHashMap<>();
        view(false, province, null, year).rows().stream().filter(BaselineRow::communesExceed)
                .forEach(row -> warnings.put(String.valueOf(row.group().id()), Message.of("baseline.warning.exceeds",
                        row.group().nameVi(), year, row.communeSum(), row.headCount())));
        return warnings;
    }

    private CommuneSummary communeOf(ProvinceSummary province, String code) {
        return geography.findCommune(code).filter(c -> c.provinceId() == province.id())
                .orElseThrow(() -> new NotFoundException("commune", code));
    }

    private void write(Actor actor, ProvinceSummary province, CommuneSummary commune, TargetGroup group, int year,
            Stored stored, Long headCount) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long communeId = commune == null ? null : commune.id();
        Map<String, Object> after = headCount == null ? null : state(province, commune, group, year, headCount);
        if (stored == null) {
            long id = jdbc.sql("""
                    insert into population_baseline (province_id, commune_id, group_id, year, head_count, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?) returning id
                    """).params(province.id(), communeId, group.id(), year, headCount, now, actor.username())
                    .query(Long.class).single();
            audit.record(actor.username(), "CREATE", "population_baseline", id, null, after);
            return;
        }
        VersionedRows.check(headCount == null
                ? jdbc.sql("delete from population_baseline where id = ? and version = ?")
                        .params(stored.id(), stored.version()).update()
                : jdbc.sql("""
                        update population_baseline set head_count = ?, version = version + 1, updated_at = ?,
                            updated_by = ? where id = ? and version = ?
                        """).params(headCount, now, actor.username(), stored.id(), stored.version()).update());
        audit.record(actor.username(), headCount == null ? "DELETE" : "UPDATE", "population_baseline", stored.id(),
                state(province, commune, group, year, stored.headCount()), after);
    }

    private static Map<String, Object> state(ProvinceSummary province, CommuneSummary commune, TargetGroup group,
            int year, long headCount) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("provinceId", province.id());
        state.put("commune", commune == null ? null : commune.code());
        state.put("group", group.code());
        state.put("year", year);
        state.put("headCount", headCount);
        return state;
    }

    private Map<Long, Stored> stored(long provinceId, CommuneSummary commune, int year) {
        Map<Long, Stored> stored = new HashMap<>();
        jdbc.sql("""
                select group_id, id, head_count, version from population_baseline
                where province_id = ? and commune_id is not distinct from ? and year = ?
                """).params(provinceId, commune == null ? null : commune.id(), year).query(rs -> {
            stored.put(rs.getLong(1), new Stored(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        });
        return stored;
    }

    /** A whole, non-negative head count up to {@link IndicatorKind#MAX_COUNT}, or empty for blank input. */
    private static Optional<Long> headCount(String text) {
        BigDecimal value;
        try {
            value = NumberInput.parse(text);
        }
        catch (NumberFormatException ex) {
            throw new InvalidNumber(Message.of("planning.value.notNumber", text.trim()));
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value.signum() < 0) {
            throw new InvalidNumber(Message.of("planning.value.negative"));
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new InvalidNumber(Message.of("planning.value.wholeNumber"));
        }
        if (value.compareTo(IndicatorKind.MAX_COUNT) > 0) {
            throw new InvalidNumber(Message.of("planning.value.tooLarge"));
        }
        return Optional.of(value.longValueExact());
    }

    /** Why a typed head count is not one. */
    private static final class InvalidNumber extends RuntimeException {

        private final transient Message reason;

        InvalidNumber(Message reason) {
            super(reason.code(), null, false, false);
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }

    private record Stored(long id, long headCount, long version) {
    }
}
