package vn.bdhvs.campaign.reporting.progress;

import static vn.bdhvs.campaign.reporting.progress.Reading.groupId;
import static vn.bdhvs.campaign.reporting.progress.Reading.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceDetail;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * The figures of a progress report, from the same counters, plans and rules as the dashboards
 * (a report never disagrees with the page it is exported from): every indicator × group chosen,
 * for the unit, for each commune of a province, and by month. One counter query for a province.
 * A unit outside the caller's scope does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

    private final GeographyService geography;

    private final ProgressReader reader;

    private final CounterReads counters;

    ProgressReports(GeographyService geography, ProgressReader reader, CounterReads counters) {
        this.geography = geography;
        this.reader = reader;
        this.counters = counters;
    }

    /**
     * A province's report; {@code indicators} and {@code groups} are codes to keep (empty: all).
     * With {@code includeFormer}, the targets of the provinces merged into it count too.
     */
    public ProgressReport province(Actor actor, String provinceCode, int year, boolean includeFormer,
            Set<String> indicators, Set<String> groups) {
        ProvinceDetail detail = geography.province(actor.scope(), provinceCode);
        ProvinceSummary province = detail.province();
        Reading reading = reader.read(province.id(), year);
        Counts counts = counters.province(detail.communes().stream().map(CommuneSummary::id).toList(), year);
        TargetRules rules = reading.rules();
        BiFunction<Indicator, TargetGroup, Plan> planOf = (indicator, group) -> rules.province(province.id(),
                province.communeCount(), indicator, groupId(group), includeFormer);
        List<ProgressValue> rows = rows(reading, (indicator, group) -> {
            Plan plan = planOf.apply(indicator, group);
            Counts.Count count = plan.area() == null ? counts.total(metric(indicator), groupId(group))
                    : counts.sum(plan.area(), metric(indicator), groupId(group));
            return reading.value(indicator, group, count, plan);
        }, indicators, groups);
        List<List<Dashboards.MonthPoint>> months = new ArrayList<>();
        for (ProgressValue row : rows) {
            Plan plan = planOf.apply(row.indicator(), row.group());
            long[] byMonth = plan.area() == null ? counts.months(metric(row.indicator()), groupId(row.group()))
                    : counters.months(plan.area(), metric(row.indicator()), groupId(row.group()), year);
            months.add(reading.monthly(row.indicator(), byMonth, row.baseline()));
        }
        List<ProgressReport.CommuneRows> communes = detail.communes().stream()
                .map(commune -> new ProgressReport.CommuneRows(commune, rows.stream()
                        .map(row -> reading.value(row.indicator(), row.group(),
                                counts.commune(commune.id(), metric(row.indicator()), groupId(row.group())),
                                rules.commune(province.id(), commune.id(), row.indicator(), groupId(row.group()),
                                        includeFormer)))
                        .toList()))
                .toList();
        return new ProgressReport(province, null, year, includeFormer, rows, communes, months, counts.updatedAt());
    }

    /** A commune's report; {@code indicators} and {@code groups} are codes to keep (empty: all). */
    public ProgressReport commune(Actor actor, String communeCode, int year, Set<String> indicators,
            Set<String> groups) {
        CommuneSummary commune = geography.commune(actor.scope(), communeCode).commune();
        ProvinceSummary province = geography.findProvince(commune.provinceId()).orElseThrow();
        Reading reading = reader.read(province.id(), year);
        Counts counts = counters.commune(commune.id(), year);
        List<ProgressValue> rows = rows(reading, (indicator, group) -> reading.value(indicator, group,
                counts.commune(commune.id(), metric(indicator), groupId(group)),
                reading.rules().commune(province.id(), commune.id(), indicator, groupId(group), true)), indicators,
                groups);
        List<List<Dashboards.MonthPoint>> months = rows.stream().map(row -> reading.monthly(row.indicator(),
                counts.months(metric(row.indicator()), groupId(row.group())), row.baseline())).toList();
        return new ProgressReport(province, commune, year, true, rows, List.of(), months, counts.updatedAt());
    }

    /**
     * The rows: with nothing chosen, the dashboard's cards (what has a target or figures); with a
     * choice, every indicator × group chosen, figures or not, as the manager asked for them.
     */
    private static List<ProgressValue> rows(Reading reading, BiFunction<Indicator, TargetGroup, ProgressValue> valuer,
            Set<String> indicators, Set<String> groups) {
        if (indicators.isEmpty() && groups.isEmpty()) {
            return reading.cards(valuer);
        }
        return reading.every(valuer).stream().filter(chosen(indicators, groups)).toList();
    }

    private static Predicate<ProgressValue> chosen(Set<String> indicators, Set<String> groups) {
        return row -> (indicators.isEmpty() || indicators.contains(row.indicator().code()))
                && (row.group() == null || groups.isEmpty() || groups.contains(row.group().code()));
    }
}
