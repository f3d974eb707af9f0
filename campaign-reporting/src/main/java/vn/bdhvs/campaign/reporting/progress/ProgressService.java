package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceDetail;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * Progress of communes, provinces and the nation, read from the counters (never from learners,
 * enrolments or attendance), targets and baselines, with a constant number of queries whatever
 * the number of communes.
 *
 * <p>Former units: data is always recorded on current communes, so a successor's actual counts
 * include its former provinces' areas. Targets and baselines recorded for a former province count
 * under its successor when {@code includeFormer} is set: the successor's own figure wins where it
 * has one; otherwise the former provinces' targets stand in (counts added, shares weighted by
 * their baselines).
 */
@Service
@EnableConfigurationProperties(StatusThresholds.class)
@Transactional(readOnly = true)
public class ProgressService {

    private final JdbcClient jdbc;

    private final GeographyService geography;

    private final PlanningCatalog catalog;

    private final StatusThresholds thresholds;

    private final Clock clock;

    ProgressService(JdbcClient jdbc, GeographyService geography, PlanningCatalog catalog, StatusThresholds thresholds,
            Clock clock) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.catalog = catalog;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public Dashboards.Province province(Actor actor, String provinceCode, int year, boolean includeFormer,
            String focusIndicator, String focusGroup) {
        PlanningYears.check(year);
        ProvinceDetail detail = geography.province(actor.scope(), provinceCode);
        long provinceId = detail.province().id();
        Counts counts = provinceCounts(provinceId, year);
        Plans plans = plans(provinceId, year);
        Catalog cat = catalog();
        LocalDate today = LocalDate.now(clock);

        List<ProgressValue> cards = new ArrayList<>();
        for (Indicator indicator : cat.indicators) {
            for (TargetGroup group : groupsOf(indicator, cat)) {
                ProgressValue value = provinceValue(indicator, group, year, today, counts.total(metric(indicator), group),
                        plans, provinceId, includeFormer);
                if (value.target() != null || value.actual() > 0) {
                    cards.add(value);
                }
            }
        }
        Indicator focusInd = pickIndicator(cat, focusIndicator, cards);
        TargetGroup focusGrp = focusInd.perGroup() ? pickGroup(cat, focusGroup, focusInd, cards) : null;
        long[] focusTotal = counts.total(metric(focusInd), focusGrp);
        ProgressValue focus = provinceValue(focusInd, focusGrp, year, today, focusTotal, plans, provinceId, includeFormer);
        List<ProgressValue> byGroup = focusInd.perGroup() ? groupsOf(focusInd, cat).stream()
                .map(g -> provinceValue(focusInd, g, year, today, counts.total(metric(focusInd), g), plans, provinceId,
                        includeFormer))
                .toList() : List.of();
        List<Dashboards.CommuneProgress> communes = new ArrayList<>();
        for (CommuneSummary commune : detail.communes()) {
            long[] c = counts.commune(commune.id(), metric(focusInd), focusGrp);
            BigDecimal target = plans.communeTarget(commune.id(), focusInd, focusGrp);
            if (target == null && focusInd.kind() == IndicatorKind.SHARE_OF_GROUP) {
                target = focus.target(); // a share target is copied down to every commune
            }
            communes.add(new Dashboards.CommuneProgress(commune, ProgressCalculator.evaluate(focusInd, focusGrp, year,
                    today, c[0] + c[1], c[0], plans.communeBaseline(commune.id(), focusGrp), target, thresholds)));
        }
        communes.sort(Comparator.comparing((Dashboards.CommuneProgress c) -> rankKey(c.value()),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(c -> c.commune().name()));
        return new Dashboards.Province(detail.province(), year, includeFormer, cards, focus,
                monthly(focusInd, year, today, counts.months(metric(focusInd), focusGrp), focus.baseline()), byGroup,
                communes, counts.updatedAt);
    }

    public Dashboards.Commune commune(Actor actor, String communeCode, int year, String focusIndicator,
            String focusGroup) {
        PlanningYears.check(year);
        CommuneSummary commune = geography.commune(actor.scope(), communeCode).commune();
        ProvinceSummary province = geography.findProvince(commune.provinceId()).orElseThrow();
        Counts counts = communeCounts(commune.id(), year);
        Plans plans = plans(province.id(), year);
        Catalog cat = catalog();
        LocalDate today = LocalDate.now(clock);
        List<ProgressValue> cards = new ArrayList<>();
        for (Indicator indicator : cat.indicators) {
            for (TargetGroup group : groupsOf(indicator, cat)) {
                ProgressValue value = communeValue(indicator, group, year, today, counts.total(metric(indicator), group),
                        plans, province.id(), commune.id());
                if (value.target() != null || value.actual() > 0) {
                    cards.add(value);
                }
            }
        }
        Indicator focusInd = pickIndicator(cat, focusIndicator, cards);
        TargetGroup focusGrp = focusInd.perGroup() ? pickGroup(cat, focusGroup, focusInd, cards) : null;
        ProgressValue focus = communeValue(focusInd, focusGrp, year, today, counts.total(metric(focusInd), focusGrp),
                plans, province.id(), commune.id());
        return new Dashboards.Commune(commune, province, year, cards, focus,
                monthly(focusInd, year, today, counts.months(metric(focusInd), focusGrp), focus.baseline()),
                counts.updatedAt);
    }

    /** All 34 provinces ranked on the trained share of adults (with their former provinces' plans). */
    public Dashboards.Nation nation(Actor actor, int year) {
        PlanningYears.check(year);
        if (actor.scope().level() != UnitScope.Level.NATION) {
            throw new NotFoundException("nation", year);
        }
        Catalog cat = catalog();
        Indicator headline = cat.indicators.stream().filter(i -> i.code().equals("TRAINED_SHARE")).findFirst()
                .orElse(cat.indicators.get(0));
        TargetGroup adults = cat.groups.stream().filter(g -> g.code().equals("ADULTS")).findFirst()
                .orElse(cat.groups.get(0));
        LocalDate today = LocalDate.now(clock);
        Map<Long, long[]> byProvince = new HashMap<>();
        Instant[] updated = new Instant[1];
        jdbc.sql("""
                select c.province_id, pc.month < :ys as before, sum(pc.value), max(pc.updated_at)
                from progress_counter pc join commune c on c.id = pc.commune_id
                where pc.metric = :metric and pc.group_id = :g and pc.month < :ye
                group by 1, 2
                """).param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year + 1, 1, 1))
                .param("metric", metric(headline)).param("g", adults.id()).query(rs -> {
                    byProvince.computeIfAbsent(rs.getLong(1), k -> new long[2])[rs.getBoolean(2) ? 0 : 1] += rs.getLong(3);
                    updated[0] = latest(updated[0], rs.getTimestamp(4));
                });
        Plans plans = plans(null, year);
        List<Dashboards.ProvinceProgress> provinces = new ArrayList<>();
        for (ProvinceSummary province : geography.currentProvinces(UnitScope.nation())) {
            long[] c = byProvince.getOrDefault(province.id(), new long[2]);
            provinces.add(new Dashboards.ProvinceProgress(province,
                    provinceValue(headline, adults, year, today, c, plans, province.id(), true)));
        }
        provinces.sort(Comparator.comparing((Dashboards.ProvinceProgress p) -> rankKey(p.value()),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(p -> p.province().code()));
        return new Dashboards.Nation(year, provinces.isEmpty() ? null : provinces.get(0).value(), provinces, updated[0]);
    }

    private ProgressValue provinceValue(Indicator indicator, TargetGroup group, int year, LocalDate today, long[] count,
            Plans plans, long provinceId, boolean includeFormer) {
        Long groupId = group == null ? null : group.id();
        Long baseline = plans.provinceBaseline(provinceId, groupId, includeFormer);
        BigDecimal target = plans.provinceTarget(provinceId, indicator, groupId, includeFormer);
        return ProgressCalculator.evaluate(indicator, group, year, today, count[0] + count[1], count[0], baseline, target,
                thresholds);
    }

    private ProgressValue communeValue(Indicator indicator, TargetGroup group, int year, LocalDate today, long[] count,
            Plans plans, long provinceId, long communeId) {
        BigDecimal target = plans.communeTarget(communeId, indicator, group);
        if (target == null && indicator.kind() == IndicatorKind.SHARE_OF_GROUP) {
            target = plans.provinceTarget(provinceId, indicator, group == null ? null : group.id(), true);
        }
        return ProgressCalculator.evaluate(indicator, group, year, today, count[0] + count[1], count[0],
                plans.communeBaseline(communeId, group), target, thresholds);
    }

    /** Laggards first: the share of the target reached, then the share of the group. */
    private static BigDecimal rankKey(ProgressValue value) {
        return value.percentOfTarget() != null ? value.percentOfTarget() : value.share();
    }

    private List<Dashboards.MonthPoint> monthly(Indicator indicator, int year, LocalDate today, long[] months,
            Long baseline) {
        int last = today.getYear() > year ? 12 : today.getYear() < year ? 0 : today.getMonthValue();
        List<Dashboards.MonthPoint> points = new ArrayList<>();
        long cumulative = months[0];
        for (int month = 1; month <= last; month++) {
            cumulative += months[month];
            BigDecimal measure = indicator.kind() == IndicatorKind.SHARE_OF_GROUP
                    ? ProgressCalculator.percent(cumulative, baseline) : BigDecimal.valueOf(cumulative);
            points.add(new Dashboards.MonthPoint(month, measure));
        }
        return points;
    }

    private static String metric(Indicator indicator) {
        return indicator.metric() == null ? indicator.code() : indicator.metric();
    }

    private static List<TargetGroup> groupsOf(Indicator indicator, Catalog cat) {
        List<TargetGroup> groups = new ArrayList<>();
        if (indicator.perGroup()) {
            groups.addAll(cat.groups);
        }
        else {
            groups.add(null);
        }
        return groups;
    }

    private static Indicator pickIndicator(Catalog cat, String code, List<ProgressValue> cards) {
        return cat.indicators.stream().filter(i -> i.code().equals(code)).findFirst()
                .or(() -> cards.stream().filter(c -> c.target() != null).map(ProgressValue::indicator).findFirst())
                .orElse(cat.indicators.get(0));
    }

    private static TargetGroup pickGroup(Catalog cat, String code, Indicator indicator, List<ProgressValue> cards) {
        return cat.groups.stream().filter(g -> g.code().equals(code)).findFirst()
                .or(() -> cards.stream().filter(c -> c.indicator().id() == indicator.id() && c.target() != null)
                        .map(ProgressValue::group).filter(Objects::nonNull).findFirst())
                .or(() -> cat.groups.stream().filter(g -> g.code().equals("ADULTS")).findFirst())
                .orElse(cat.groups.get(0));
    }

    private Catalog catalog() {
        return new Catalog(catalog.indicators(), catalog.groups().stream().filter(TargetGroup::active).toList());
    }

    /** One query: per commune, group and metric the counts before and during the year; per month for the province. */
    private Counts provinceCounts(long provinceId, int year) {
        Counts counts = new Counts();
        jdbc.sql("""
                select pc.commune_id, pc.group_id, pc.metric, pc.month < :ys as before,
                       case when pc.month >= :ys then extract(month from pc.month)::int else 0 end as m,
                       sum(pc.value), max(pc.updated_at), grouping(pc.commune_id) as province_row
                from progress_counter pc join commune c on c.id = pc.commune_id
                where c.province_id = :p and pc.month < :ye
                group by grouping sets ((pc.commune_id, pc.group_id, pc.metric, 4), (pc.group_id, pc.metric, 5))
                """).param("p", provinceId).param("ys", LocalDate.of(year, 1, 1))
                .param("ye", LocalDate.of(year + 1, 1, 1)).query(rs -> {
                    counts.add(rs.getInt(8) == 1 ? null : rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                            rs.getObject(4, Boolean.class), rs.getObject(5, Integer.class), rs.getLong(6));
                    counts.updatedAt = latest(counts.updatedAt, rs.getTimestamp(7));
                });
        return counts;
    }

    private Counts communeCounts(long communeId, int year) {
        Counts counts = new Counts();
        jdbc.sql("""
                select pc.group_id, pc.metric,
                       case when pc.month >= :ys then extract(month from pc.month)::int else 0 end as m,
                       sum(pc.value), max(pc.updated_at)
                from progress_counter pc where pc.commune_id = :c and pc.month < :ye group by 1, 2, 3
                """).param("c", communeId).param("ys", LocalDate.of(year, 1, 1))
                .param("ye", LocalDate.of(year + 1, 1, 1)).query(rs -> {
                    int month = rs.getInt(3);
                    counts.add(null, rs.getObject(1, Long.class), rs.getString(2), null, month, rs.getLong(4));
                    counts.add(communeId, rs.getObject(1, Long.class), rs.getString(2), month == 0, null, rs.getLong(4));
                    counts.updatedAt = latest(counts.updatedAt, rs.getTimestamp(5));
                });
        return counts;
    }

    /** One query: the year's targets and baselines of the province and its former provinces (all provinces if null). */
    private Plans plans(Long provinceId, int year) {
        Plans plans = new Plans();
        jdbc.sql("""
                select 'T' as kind, t.province_id, t.commune_id, t.indicator_id, t.group_id, t.value, p.successor_id
                from kpi_target t join province p on p.id = t.province_id
                where t.year = :y and (cast(:p as bigint) is null or p.id = :p or p.successor_id = :p)
                union all
                select 'B', b.province_id, b.commune_id, null, b.group_id, b.head_count, p.successor_id
                from population_baseline b join province p on p.id = b.province_id
                where b.year = :y and (cast(:p as bigint) is null or p.id = :p or p.successor_id = :p)
                """).param("y", year).param("p", provinceId).query(rs -> {
                    plans.add(rs.getString(1).equals("T"), rs.getLong(2), rs.getObject(3, Long.class),
                            rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getBigDecimal(6),
                            rs.getObject(7, Long.class));
                });
        return plans;
    }

    private static Instant latest(Instant current, Timestamp candidate) {
        if (candidate == null) {
            return current;
        }
        Instant instant = candidate.toInstant();
        return current == null || instant.isAfter(current) ? instant : current;
    }

    private record Catalog(List<Indicator> indicators, List<TargetGroup> groups) {
    }

    /** Counter sums keyed by unit (null: the whole province), group and metric. */
    private static final class Counts {

        private final Map<String, long[]> totals = new HashMap<>();

        private final Map<String, long[]> months = new HashMap<>();

        private Instant updatedAt;

        void add(Long communeId, Long groupId, String metric, Boolean before, Integer month, long value) {
            if (communeId != null) {
                totals.computeIfAbsent(communeId + "|" + groupId + "|" + metric, k -> new long[2])[before ? 0 : 1] += value;
            }
            else {
                months.computeIfAbsent(groupId + "|" + metric, k -> new long[13])[month] += value;
                totals.computeIfAbsent("*|" + groupId + "|" + metric, k -> new long[2])[month == 0 ? 0 : 1] += value;
            }
        }

        long[] total(String metric, TargetGroup group) {
            return totals.getOrDefault("*|" + (group == null ? null : group.id()) + "|" + metric, new long[2]);
        }

        long[] commune(long communeId, String metric, TargetGroup group) {
            return totals.getOrDefault(communeId + "|" + (group == null ? null : group.id()) + "|" + metric, new long[2]);
        }

        long[] months(String metric, TargetGroup group) {
            return months.getOrDefault((group == null ? null : group.id()) + "|" + metric, new long[13]);
        }
    }

    /** Targets and baselines of a year, by province (own and former) and commune. */
    private static final class Plans {

        private final Map<String, BigDecimal> targets = new HashMap<>();

        private final Map<String, Long> baselines = new HashMap<>();

        /** the sum of a province's commune baselines, by group */
        private final Map<String, Long> communeSums = new HashMap<>();

        /** former province id → its successor */
        private final Map<Long, Long> successors = new HashMap<>();

        void add(boolean target, long provinceId, Long communeId, Long indicatorId, Long groupId, BigDecimal value,
                Long successorId) {
            if (successorId != null) {
                successors.put(provinceId, successorId);
            }
            String unit = communeId == null ? "p" + provinceId : "c" + communeId;
            if (target) {
                targets.put(unit + "|" + indicatorId + "|" + groupId, value);
            }
            else {
                baselines.put(unit + "|" + groupId, value.longValue());
                if (communeId != null) {
                    communeSums.merge("p" + provinceId + "|" + groupId, value.longValue(), Long::sum);
                }
            }
        }

        BigDecimal communeTarget(long communeId, Indicator indicator, TargetGroup group) {
            return targets.get("c" + communeId + "|" + indicator.id() + "|" + (group == null ? null : group.id()));
        }

        Long communeBaseline(long communeId, TargetGroup group) {
            return baselines.get("c" + communeId + "|" + (group == null ? null : group.id()));
        }

        Long provinceBaseline(long provinceId, Long groupId, boolean includeFormer) {
            Long own = baselines.get("p" + provinceId + "|" + groupId);
            if (own != null) {
                return own;
            }
            if (includeFormer) {
                Long former = formerIds(provinceId).stream().map(id -> baselines.get("p" + id + "|" + groupId))
                        .filter(Objects::nonNull).reduce(Long::sum).orElse(null);
                if (former != null) {
                    return former;
                }
            }
            return communeSums.get("p" + provinceId + "|" + groupId);
        }

        BigDecimal provinceTarget(long provinceId, Indicator indicator, Long groupId, boolean includeFormer) {
            BigDecimal own = targets.get("p" + provinceId + "|" + indicator.id() + "|" + groupId);
            if (own != null || !includeFormer) {
                return own;
            }
            List<Long> withTarget = formerIds(provinceId).stream()
                    .filter(id -> targets.containsKey("p" + id + "|" + indicator.id() + "|" + groupId)).toList();
            if (withTarget.isEmpty()) {
                return null;
            }
            if (indicator.kind() == IndicatorKind.COUNT) {
                return withTarget.stream().map(id -> targets.get("p" + id + "|" + indicator.id() + "|" + groupId))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            if (withTarget.size() == 1) {
                return targets.get("p" + withTarget.get(0) + "|" + indicator.id() + "|" + groupId);
            }
            // shares of several merged provinces: weighted by their baselines, or unknown without them
            BigDecimal weighted = BigDecimal.ZERO;
            long total = 0;
            for (Long id : withTarget) {
                Long baseline = baselines.get("p" + id + "|" + groupId);
                if (baseline == null) {
                    return null;
                }
                weighted = weighted.add(targets.get("p" + id + "|" + indicator.id() + "|" + groupId)
                        .multiply(BigDecimal.valueOf(baseline)));
                total += baseline;
            }
            return total == 0 ? null : weighted.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        }

        private List<Long> formerIds(long provinceId) {
            return successors.entrySet().stream().filter(e -> e.getValue() == provinceId).map(Map.Entry::getKey)
                    .toList();
        }
    }
}
