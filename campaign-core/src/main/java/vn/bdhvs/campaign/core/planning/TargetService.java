package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.audit.AuditLog.AuditEntry;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/**
 * Yearly KPI targets of a province ("by 31/12 of that year"). The grid is saved in one
 * transaction: every cell is checked first, and a single error, an unconfirmed warning or a
 * cell someone else changed meanwhile means nothing is saved.
 */
@Service
public class TargetService {

    static final String ENTERED = "ENTERED";

    private final JdbcClient jdbc;

    private final TargetStore store;

    private final PlanningCatalog catalog;

    private final ProvinceAccess access;

    private final GeographyService geography;

    private final AuditLog audit;

    private final Clock clock;

    TargetService(JdbcClient jdbc, TargetStore store, PlanningCatalog catalog, ProvinceAccess access,
            GeographyService geography, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.catalog = catalog;
        this.access = access;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TargetGrid grid(Actor actor, long provinceId, int year) {
        PlanningYears.check(year);
        ProvinceSummary province = access.readable(actor, provinceId);
        List<TargetGrid> former = province.former() ? List.of()
                : geography.province(UnitScope.nation(), province.code()).formerProvinces().stream()
                        .map(f -> grid(f, year, false, List.of())).toList();
        return grid(province, year, ProvinceAccess.canEdit(actor), former);
    }

    private TargetGrid grid(ProvinceSummary province, int year, boolean editable, List<TargetGrid> former) {
        Map<String, TargetCell> cells = cells(province.id(), year);
        Set<Long> groupsWithTargets = cells.keySet().stream().map(key -> key.substring(key.indexOf(':') + 1))
                .filter(id -> !id.equals("-")).map(Long::valueOf).collect(Collectors.toSet());
        List<TargetGroup> groups = catalog.groups().stream()
                .filter(group -> group.active() || groupsWithTargets.contains(group.id())).toList();
        List<Indicator> indicators = catalog.indicators();
        return new TargetGrid(province, year, editable, groups,
                indicators.stream().filter(Indicator::perGroup).toList(),
                indicators.stream().filter(i -> !i.perGroup()).toList(), cells, former);
    }

    @Transactional
    public SaveOutcome save(Actor actor, long provinceId, int year, List<TargetCellInput> inputs, boolean confirmed) {
        PlanningYears.check(year);
        ProvinceSummary province = access.editable(actor, provinceId);
        Map<Long, Indicator> indicators = catalog.indicatorsById();
        Map<Long, TargetGroup> groups = catalog.groupsById();
        Map<String, TargetCell> current = cells(provinceId, year);
        Map<String, TargetCell> previousYear = year > PlanningYears.FIRST ? cells(provinceId, year - 1) : Map.of();
        Map<String, TargetCell> nextYear = year < PlanningYears.LAST ? cells(provinceId, year + 1) : Map.of();
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<String, Message> warnings = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        boolean stale = false;
        for (TargetCellInput input : inputs) {
            String key = TargetGrid.key(input.indicatorId(), input.groupId());
            Indicator indicator = indicators.get(input.indicatorId());
            if (indicator == null || indicator.perGroup() != (input.groupId() != null)
                    || (input.groupId() != null && !groups.containsKey(input.groupId()))) {
                errors.put(key, Message.of("planning.cell.unknown"));
                continue;
            }
            TargetCell cell = current.get(key);
            stale |= !Objects.equals(input.version(), cell == null ? null : cell.version());
            BigDecimal value;
            try {
                value = NumberInput.parse(input.value());
            }
            catch (NumberFormatException ex) {
                errors.put(key, Message.of("planning.value.notNumber", input.value().trim()));
                continue;
            }
            Optional<Message> invalid = value == null ? Optional.empty() : indicator.kind().check(value);
            if (invalid.isPresent()) {
                errors.put(key, invalid.get());
                continue;
            }
            if (sameValue(value, cell)) {
                continue;
            }
            changes.add(new Change(key, indicator, input.groupId() == null ? null : groups.get(input.groupId()), cell,
                    value));
            if (indicator.cumulative() && value != null) {
                TargetCell before = previousYear.get(key);
                TargetCell after = nextYear.get(key);
                if (before != null && value.compareTo(before.value()) < 0) {
                    warnings.put(key, Message.of("planning.warning.belowPreviousYear", year - 1, before.value()));
                }
                else if (after != null && value.compareTo(after.value()) > 0) {
                    warnings.put(key, Message.of("planning.warning.aboveNextYear", year + 1, after.value()));
                }
            }
        }
        if (stale) {
            throw new ConcurrentChangeException();
        }
        if (!errors.isEmpty()) {
            return new SaveOutcome(errors, warnings, 0, false);
        }
        if (!warnings.isEmpty() && !confirmed) {
            return new SaveOutcome(Map.of(), warnings, 0, true);
        }
        for (Change change : changes) {
            apply(actor, province, year, change);
        }
        return new SaveOutcome(Map.of(), warnings, changes.size(), false);
    }

    /** The audit history of one target; the reader must be allowed to see its province. */
    @Transactional(readOnly = true)
    public TargetHistory history(Actor actor, long targetId) {
        List<AuditEntry> entries = audit.history("kpi_target", targetId);
        Long provinceId = jdbc.sql("select province_id from kpi_target where id = ?").param(targetId)
                .query(Long.class).optional()
                .or(() -> entries.stream().findFirst().map(TargetService::provinceOf))
                .orElseThrow(() -> new NotFoundException("kpi_target", targetId));
        return new TargetHistory(access.readable(actor, provinceId), entries);
    }

    private static Long provinceOf(AuditEntry entry) {
        return entry.state().get("provinceId") instanceof Number id ? id.longValue() : null;
    }

    private void apply(Actor actor, ProvinceSummary province, int year, Change change) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long groupId = change.group() == null ? null : change.group().id();
        TargetCell cell = change.current();
        if (cell == null) {
            long id = store.insert(province.id(), null, change.indicator().id(), groupId, year, change.value(), ENTERED,
                    now, actor.username());
            audit.record(actor.username(), "CREATE", "kpi_target", id, null, state(province, change, year, change.value()));
            return;
        }
        if (change.value() == null) {
            store.delete(cell);
        }
        else {
            store.update(cell, change.value(), cell.origin(), now, actor.username());
        }
        audit.record(actor.username(), change.value() == null ? "DELETE" : "UPDATE", "kpi_target", cell.id(),
                state(province, change, year, cell.value()),
                change.value() == null ? null : state(province, change, year, change.value()));
    }

    private static Map<String, Object> state(ProvinceSummary province, Change change, int year, BigDecimal value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("provinceId", province.id());
        state.put("province", province.name());
        state.put("indicator", change.indicator().code());
        state.put("group", change.group() == null ? null : change.group().code());
        state.put("year", year);
        state.put("value", value);
        return state;
    }

    Map<String, TargetCell> cells(long provinceId, int year) {
        Map<String, TargetCell> cells = new HashMap<>();
        jdbc.sql("""
                select id, indicator_id, group_id, value, version, origin from kpi_target
                where province_id = ? and commune_id is null and year = ?
                """).params(provinceId, year).query(rs -> {
            cells.put(TargetGrid.key(rs.getLong(2), rs.getObject(3, Long.class)),
                    new TargetCell(rs.getLong(1), rs.getBigDecimal(4), rs.getLong(5), rs.getString(6)));
        });
        return cells;
    }

    private static boolean sameValue(BigDecimal value, TargetCell cell) {
        return cell == null ? value == null : value != null && value.compareTo(cell.value()) == 0;
    }

    private record Change(String key, Indicator indicator, TargetGroup group, TargetCell current, BigDecimal value) {
    }
}
