package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import vn.bdhvs.campaign.core.planning.PlanQueries;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.planning.YearPlan;

/**
 * Progress of communes, provinces and the nation, read from the counters (never from learners,
 * enrolments or attendance), targets and baselines, with a constant number of queries whatever
 * the number of communes. Which target and baseline apply where, former provinces included, is
 * decided by {@link TargetRules}.
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

    private final PlanQueries plans;

    ProgressService(JdbcClient jdbc, GeographyService geography, PlanningCatalog catalog, StatusThresholds thresholds,
            Clock clock, PlanQueries plans) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.catalog = catalog;
        this.thresholds = thresholds;
        this.clock = clock;
        this.plans = plans;
    }

    public Dashboards.Province province(Actor actor, String provinceCode, int year, boolean includeFormer,
            String focusIndicator, String focusGroup) {
        PlanningYears.check(year);
        ProvinceDetail detail = geography.province(actor.scope(), provinceCode);
        ProvinceSummary province = detail.province();
        Counts counts = provinceCounts(province.id(), year);
        TargetRules rules = new TargetRules(facts(province.id(), year));
        Year y = new Year(year, LocalDate.now(clock));
        Catalog cat = catalog();
        Valuer valuer = (indicator, group) -> {
            Plan plan = rules.province(province.id(), province.communeCount(), indicator, groupId(group), includeFormer);
            long[] count = plan.area() == null ? counts.total(metric(indicator), group)
                    : counts.sum(plan.area(), metric(indicator), group);
            return evaluate(indicator, group, y, count, plan);
        };
        List<ProgressValue> cards = cards(cat, valuer);
        Indicator focusInd = pickIndicator(cat, focusIndicator, cards);
        TargetGroup focusGrp = focusInd.perGroup() ? pickGroup(cat, focusGroup, focusInd, cards) : null;
        ProgressValue focus = valuer.value(focusInd, focusGrp);
        Plan focusPlan = rules.province(province.id(), province.communeCount(), focusInd, groupId(focusGrp),
                includeFormer);
        long[] months = focusPlan.area() == null ? counts.months(metric(focusInd), focusGrp)
                : months(focusPlan.area(), metric(focusInd), focusGrp, year);
        List<ProgressValue> byGroup = focusInd.perGroup()
                ? cat.groups.stream().map(g -> valuer.value(focusInd, g)).toList() : List.of();
        List<Dashboards.CommuneProgress> communes = new ArrayList<>();
        for (CommuneSummary commune : detail.communes()) {
            Plan plan = rules.commune(province.id(), commune.id(), focusInd, groupId(focusGrp), includeFormer);
            communes.add(new Dashboards.CommuneProgress(commune, evaluate(focusInd, focusGrp, y,
                    counts.commune(commune.id(), metric(focusInd), focusGrp), plan)));
        }
        communes.sort(Dashboards.RANKING);
        return new Dashboards.Province(province, year, includeFormer, cards, focus,
                monthly(focusInd, y, months, focus.baseline()), byGroup, communes, counts.updatedAt);
    }

    public Dashboards.Commune commune(Actor actor, String communeCode, int year, String focusIndicator,
            String focusGroup) {
        PlanningYears.check(year);
        CommuneSummary commune = geography.commune(actor.scope(), communeCode).commune();
        ProvinceSummary province = geography.findProvince(commune.provinceId()).orElseThrow();
        Counts counts = communeCounts(commune.id(), year);
        TargetRules rules = new TargetRules(facts(province.id(), year));
        Year y = new Year(year, LocalDate.now(clock));
        Catalog cat = catalog();
        Valuer valuer = (indicator, group) -> evaluate(indicator, group, y,
                counts.commune(commune.id(), metric(indicator), group),
                rules.commune(province.id(), commune.id(), indicator, groupId(group), true));
        List<ProgressValue> cards = cards(cat, valuer);
        Indicator focusInd = pickIndicator(cat, focusIndicator, cards);
        TargetGroup focusGrp = focusInd.perGroup() ? pickGroup(cat, focusGroup, focusInd, cards) : null;
        ProgressValue focus = valuer.value(focusInd, focusGrp);
        return new Dashboards.Commune(commune, province, year, cards, focus,
                monthly(focusInd, y, counts.months(metric(focusInd), focusGrp), focus.baseline()), counts.updatedAt);
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
        Counts counts = new Counts();
        Map<Long, long[]> byProvince = new HashMap<>();
        jdbc.sql("""
                select pc.commune_id, c.province_id, pc.month < :ys as before, sum(pc.value), max(pc.updated_at)
                from progress_counter pc join commune c on c.id = pc.commune_id
                where pc.metric = :metric and pc.group_id is not distinct from :g and pc.month < :ye
                group by 1, 2, 3
                """).param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year + 1, 1, 1))
                .param("metric", metric(headline)).param("g", groupId(adults)).query(rs -> {
                    boolean before = rs.getBoolean(3);
                    counts.addCommune(rs.getLong(1), groupId(adults), metric(headline), before, rs.getLong(4));
                    byProvince.computeIfAbsent(rs.getLong(2), k -> new long[2])[before ? 0 : 1] += rs.getLong(4);
                    counts.touched(rs.getTimestamp(5));
                });
        TargetRules rules = new TargetRules(facts(null, year));
        Year y = new Year(year, LocalDate.now(clock));
        List<Dashboards.ProvinceProgress> provinces = new ArrayList<>();
        for (ProvinceSummary province : geography.currentProvinces(UnitScope.nation())) {
            Plan plan = rules.province(province.id(), province.communeCount(), headline, groupId(adults), true);
            long[] count = plan.area() == null ? byProvince.getOrDefault(province.id(), new long[2])
                    : counts.sum(plan.area(), metric(headline), adults);
            provinces.add(new Dashboards.ProvinceProgress(province, evaluate(headline, adults, y, count, plan)));
        }
        provinces.sort(Comparator.comparing((Dashboards.ProvinceProgress p) -> p.value().percentOfTarget() != null
                ? p.value().percentOfTarget() : p.value().share(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(p -> p.province().code()));
        return new Dashboards.Nation(year, provinces.isEmpty() ? null : provinces.get(0).value(), provinces,
                counts.updatedAt);
    }

    private ProgressValue evaluate(Indicator indicator, TargetGroup group, Year year, long[] count, Plan plan) {
        return ProgressCalculator.evaluate(indicator, group, year.year(), year.today(), count[0] + count[1], count[0],
                plan, thresholds);
    }

    /** A card per indicator × group that has a target (stated or not) or data. */
    private static List<ProgressValue> cards(Catalog cat, Valuer valuer) {
        List<ProgressValue> cards = new ArrayList<>();
        for (Indicator indicator : cat.indicators) {
            for (TargetGroup group : groupsOf(indicator, cat)) {
                ProgressValue value = valuer.value(indicator, group);
                if (value.target() != null || value.status() == ProgressStatus.UNKNOWN || value.actual() > 0) {
                    cards.add(value);
                }
            }
        }
        return cards;
    }

    private List<Dashboards.MonthPoint> monthly(Indicator indicator, Year y, long[] months, Long baseline) {
        int last = y.today().getYear() > y.year() ? 12 : y.today().getYear() < y.year() ? 0 : y.today().getMonthValue();
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

    private static Long groupId(TargetGroup group) {
        return group == null ? null : group.id();
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
                    Long groupId = rs.getObject(2, Long.class);
                    if (rs.getInt(8) == 1) {
                        counts.addMonth(groupId, rs.getString(3), rs.getInt(5), rs.getLong(6));
                    }
                    else {
                        counts.addCommune(rs.getLong(1), groupId, rs.getString(3), rs.getBoolean(4), rs.getLong(6));
                    }
                    counts.touched(rs.getTimestamp(7));
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
                    Long groupId = rs.getObject(1, Long.class);
                    counts.addMonth(groupId, rs.getString(2), month, rs.getLong(4));
                    counts.addCommune(communeId, groupId, rs.getString(2), month == 0, rs.getLong(4));
                    counts.touched(rs.getTimestamp(5));
                });
        return counts;
    }

    /** The cumulative count by month of some communes only: a former province's area within its successor. */
    private long[] months(Collection<Long> communes, String metric, TargetGroup group, int year) {
        long[] months = new long[13];
        jdbc.sql("""
                select case when pc.month >= :ys then extract(month from pc.month)::int else 0 end, sum(pc.value)
                from progress_counter pc
                where pc.commune_id = any(:communes) and pc.metric = :metric
                  and pc.group_id is not distinct from :g and pc.month < :ye
                group by 1
                """).param("communes", communes.toArray(Long[]::new)).param("metric", metric)
                .param("g", groupId(group)).param("ys", LocalDate.of(year, 1, 1))
                .param("ye", LocalDate.of(year + 1, 1, 1)).query(rs -> {
                    months[rs.getInt(1)] += rs.getLong(2);
                });
        return months;
    }

    /**
     * The year's targets and baselines of the province and its former provinces (of all provinces if
     * null), the former provinces, and which communes they became: a constant number of queries.
     */
    private PlanFacts facts(Long provinceId, int year) {
        PlanFacts facts = new PlanFacts();
        YearPlan plan = plans.plan(provinceId, year);
        plan.targets().forEach(t -> facts.target(t.provinceId(), t.communeId(), t.indicatorId(), t.groupId(),
                t.value()));
        plan.baselines().forEach(b -> facts.baseline(b.provinceId(), b.communeId(), b.groupId(), b.headCount()));
        geography.formerProvinces(provinceId).forEach(f -> facts.former(f.id(), f.successorId(), f.name()));
        geography.communeOrigins(provinceId).forEach(o -> facts.lineage(o.communeId(), o.oldProvinceId()));
        return facts;
    }

    @FunctionalInterface
    private interface Valuer {

        ProgressValue value(Indicator indicator, TargetGroup group);
    }

    private record Catalog(List<Indicator> indicators, List<TargetGroup> groups) {
    }

    private record Year(int year, LocalDate today) {
    }

    /** Counter sums: per commune the counts before and during the year; per month for the whole unit. */
    private static final class Counts {

        private record Key(Long unitId, Long groupId, String metric) {
        }

        private final Map<Key, long[]> communes = new HashMap<>();

        private final Map<Key, long[]> totals = new HashMap<>();

        private final Map<Key, long[]> months = new HashMap<>();

        private Instant updatedAt;

        void addCommune(long communeId, Long groupId, String metric, boolean before, long value) {
            communes.computeIfAbsent(new Key(communeId, groupId, metric), k -> new long[2])[before ? 0 : 1] += value;
        }

        void addMonth(Long groupId, String metric, int month, long value) {
            Key key = new Key(null, groupId, metric);
            months.computeIfAbsent(key, k -> new long[13])[month] += value;
            totals.computeIfAbsent(key, k -> new long[2])[month == 0 ? 0 : 1] += value;
        }

        void touched(Timestamp candidate) {
            if (candidate != null && (updatedAt == null || candidate.toInstant().isAfter(updatedAt))) {
                updatedAt = candidate.toInstant();
            }
        }

        long[] total(String metric, TargetGroup group) {
            return totals.getOrDefault(new Key(null, groupId(group), metric), new long[2]);
        }

        long[] commune(long communeId, String metric, TargetGroup group) {
            return communes.getOrDefault(new Key(communeId, groupId(group), metric), new long[2]);
        }

        long[] sum(Collection<Long> communeIds, String metric, TargetGroup group) {
            long[] sum = new long[2];
            for (Long communeId : communeIds) {
                long[] count = commune(communeId, metric, group);
                sum[0] += count[0];
                sum[1] += count[1];
            }
            return sum;
        }

        long[] months(String metric, TargetGroup group) {
            return months.getOrDefault(new Key(null, groupId(group), metric), new long[13]);
        }
    }
}
