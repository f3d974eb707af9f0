package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/**
 * Splits province targets among communes. A COUNT target is split in proportion to the communes'
 * population baselines ({@link ProportionalAllocation}) or by hand, and the commune targets must
 * add up to the province target exactly. A SHARE target applies to every commune as it is,
 * unless a commune is given its own value. A former province's target (Bình Dương's, kept under
 * Hồ Chí Minh City) is allocated the same way onto the communes formed from its communes.
 */
@Service
public class AllocationService {

    static final String PROPORTIONAL = "PROPORTIONAL";

    static final String MANUAL = "MANUAL";

    private final JdbcClient jdbc;

    private final TargetStore store;

    private final PlanningCatalog catalog;

    private final ProvinceAccess access;

    private final GeographyService geography;

    private final TargetService targets;

    private final BaselineService baselines;

    private final AuditLog audit;

    private final Clock clock;

    AllocationService(JdbcClient jdbc, TargetStore store, PlanningCatalog catalog, ProvinceAccess access,
            GeographyService geography, TargetService targets, BaselineService baselines, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.catalog = catalog;
        this.access = access;
        this.geography = geography;
        this.targets = targets;
        this.baselines = baselines;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AllocationView view(Actor actor, long provinceId, long indicatorId, Long groupId, int year) {
        return view(access.readable(actor, provinceId), indicatorId, groupId, year, ProvinceAccess.canEdit(actor));
    }

    /** Stores the proportional split of a COUNT target for every commune of the province. */
    @Transactional
    public SaveOutcome allocateProportionally(Actor actor, long provinceId, long indicatorId, Long groupId, int year) {
        AllocationView view = view(access.editable(actor, provinceId), indicatorId, groupId, year, true);
        if (view.indicator().kind() != IndicatorKind.COUNT) {
            throw new DomainException("allocation.proportionalNeedsCount");
        }
        if (view.provinceTarget() == null) {
            return failure("allocation.noProvinceTarget");
        }
        if (view.totalWeight() == 0) {
            return failure("allocation.noBaselines");
        }
        int saved = 0;
        for (CommuneAllocation row : view.communes()) {
            saved += write(actor, view, row, BigDecimal.valueOf(row.proposed()), PROPORTIONAL) ? 1 : 0;
        }
        return new SaveOutcome(Map.of(), Map.of(), saved, false);
    }

    /** Stores commune targets typed by hand; COUNT targets must add up to the province target exactly. */
    @Transactional
    public SaveOutcome saveManual(Actor actor, long provinceId, long indicatorId, Long groupId, int year,
            List<CommuneValueInput> inputs) {
        AllocationView view = view(access.editable(actor, provinceId), indicatorId, groupId, year, true);
        Map<Long, CommuneAllocation> rows = new HashMap<>();
        view.communes().forEach(row -> rows.put(row.commune().id(), row));
        boolean count = view.indicator().kind() == IndicatorKind.COUNT;
        Map<String, Message> errors = new LinkedHashMap<>();
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        boolean stale = false;
        for (CommuneValueInput input : inputs) {
            CommuneAllocation row = rows.get(input.communeId());
            if (row == null) {
                throw new NotFoundException("commune", input.communeId());
            }
            stale |= !Objects.equals(input.version(), row.stored() == null ? null : row.stored().version());
            String key = String.valueOf(input.communeId());
            BigDecimal value;
            try {
                value = NumberInput.parse(input.value());
            }
            catch (NumberFormatException ex) {
                errors.put(key, Message.of("planning.value.notNumber", input.value().trim()));
                continue;
            }
            if (value == null && count) {
                value = BigDecimal.ZERO;
            }
            Optional<Message> invalid = value == null ? Optional.empty() : view.indicator().kind().check(value);
            if (invalid.isPresent()) {
                errors.put(key, invalid.get());
                continue;
            }
            values.put(input.communeId(), value);
        }
        if (stale) {
            throw new ConcurrentChangeException();
        }
        if (errors.isEmpty() && count) {
            if (view.provinceTarget() == null) {
                errors.put("total", Message.of("allocation.noProvinceTarget"));
            }
            else {
                Map<Long, BigDecimal> all = new HashMap<>();
                view.communes().forEach(row -> all.put(row.commune().id(),
                        row.stored() == null ? BigDecimal.ZERO : row.stored().value()));
                all.putAll(values);
                BigDecimal sum = all.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(view.provinceTarget()) != 0) {
                    errors.put("total", Message.of("allocation.sumMismatch", sum, view.provinceTarget()));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new SaveOutcome(errors, Map.of(), 0, false);
        }
        int saved = 0;
        for (Map.Entry<Long, BigDecimal> entry : values.entrySet()) {
            saved += write(actor, view, rows.get(entry.getKey()), entry.getValue(), MANUAL) ? 1 : 0;
        }
        return new SaveOutcome(Map.of(), Map.of(), saved, false);
    }

    /**
     * The allocation of a province's target, or of a former province's target onto the current
     * communes formed from its communes (unless the successor has its own target, which then
     * applies everywhere). Commune targets always belong to the commune's current province.
     */
    private AllocationView view(ProvinceSummary province, long indicatorId, Long groupId, int year, boolean editable) {
        PlanningYears.check(year);
        Indicator indicator = Optional.ofNullable(catalog.indicatorsById().get(indicatorId))
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
        TargetGroup group = groupId == null ? null : catalog.groupsById().get(groupId);
        if (indicator.perGroup() != (group != null)) {
            throw new NotFoundException("target_group", groupId);
        }
        String key = TargetGrid.key(indicatorId, groupId);
        ProvinceSummary owner = province.former() ? geography.findProvince(province.successorId()).orElseThrow()
                : province;
        if (province.former() && targets.cells(owner.id(), year).get(key) != null) {
            throw new DomainException("allocation.successorHasOwnTarget", owner.name(), province.name());
        }
        TargetCell provinceCell = targets.cells(province.id(), year).get(key);
        BigDecimal provinceTarget = provinceCell == null ? null : provinceCell.value();
        List<CommuneSummary> communes = new ArrayList<>(
                geography.province(UnitScope.nation(), owner.code()).communes());
        if (province.former()) {
            Set<Long> formed = geography.communesFormedFrom(province.id());
            communes.removeIf(c -> !formed.contains(c.id()));
        }
        communes.sort(Comparator.comparing(CommuneSummary::code));
        Map<Long, Long> weights = baselines.communeHeadCounts(owner.id(), group == null ? null : group.id(), year);
        Map<Long, TargetCell> stored = communeTargets(owner.id(), indicatorId, groupId, year);
        long totalWeight = communes.stream().mapToLong(c -> weights.getOrDefault(c.id(), 0L)).sum();
        Map<Long, Long> proposal = Map.of();
        if (indicator.kind() == IndicatorKind.COUNT && provinceTarget != null && totalWeight > 0) {
            Map<Long, Long> ordered = new LinkedHashMap<>();
            communes.forEach(c -> ordered.put(c.id(), weights.getOrDefault(c.id(), 0L)));
            proposal = ProportionalAllocation.split(provinceTarget.longValue(), ordered);
        }
        List<CommuneAllocation> rows = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (CommuneSummary commune : communes) {
            TargetCell cell = stored.get(commune.id());
            BigDecimal effective = cell != null ? cell.value()
                    : indicator.kind() == IndicatorKind.SHARE_OF_GROUP ? provinceTarget : null;
            if (cell != null) {
                allocated = allocated.add(cell.value());
            }
            rows.add(new CommuneAllocation(commune, weights.get(commune.id()), proposal.get(commune.id()), cell,
                    effective));
        }
        return new AllocationView(province, indicator, group, year, provinceTarget, rows, allocated, totalWeight,
                editable);
    }

    private Map<Long, TargetCell> communeTargets(long provinceId, long indicatorId, Long groupId, int year) {
        Map<Long, TargetCell> cells = new HashMap<>();
        jdbc.sql("""
                select commune_id, id, value, version, origin from kpi_target
                where province_id = ? and commune_id is not null and indicator_id = ?
                  and group_id is not distinct from ? and year = ?
                """).params(provinceId, indicatorId, groupId, year).query(rs -> {
            cells.put(rs.getLong(1), new TargetCell(rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4), rs.getString(5)));
        });
        return cells;
    }

    /** Writes one commune target; returns whether anything changed. */
    private boolean write(Actor actor, AllocationView view, CommuneAllocation row, BigDecimal value, String origin) {
        TargetCell cell = row.stored();
        if (cell == null ? value == null : value != null && value.compareTo(cell.value()) == 0
                && cell.origin().equals(origin)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Long groupId = view.group() == null ? null : view.group().id();
        if (cell == null) {
            long id = store.insert(row.commune().provinceId(), row.commune().id(), view.indicator().id(), groupId,
                    view.year(), value, origin, now, actor.username());
            audit.record(actor.username(), "CREATE", "kpi_target", id, null, state(view, row, value, origin));
            return true;
        }
        if (value == null) {
            store.delete(cell);
        }
        else {
            store.update(cell, value, origin, now, actor.username());
        }
        audit.record(actor.username(), value == null ? "DELETE" : "UPDATE", "kpi_target", cell.id(),
                state(view, row, cell.value(), cell.origin()), value == null ? null : state(view, row, value, origin));
        return true;
    }

    private static Map<String, Object> state(AllocationView view, CommuneAllocation row, BigDecimal value,
            String origin) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("provinceId", view.province().id());
        state.put("commune", row.commune().code());
        state.put("indicator", view.indicator().code());
        state.put("group", view.group() == null ? null : view.group().code());
        state.put("year", view.year());
        state.put("value", value);
        state.put("origin", origin);
        return state;
    }

    private static SaveOutcome failure(String code) {
        return new SaveOutcome(Map.of("total", Message.of(code)), Map.of(), 0, false);
    }
}
