package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * One year's view of the plans, from {@link ProgressReader}: values a count against its plan, and
 * holds what the three dashboards share (the cards, the focus, the monthly series).
 */
final class Reading {

    private final int year;

    private final LocalDate today;

    private final List<Indicator> indicators;

    private final List<TargetGroup> groups;

    private final TargetRules rules;

    private final StatusThresholds thresholds;

    Reading(int year, LocalDate today, List<Indicator> indicators, List<TargetGroup> groups, TargetRules rules,
            StatusThresholds thresholds) {
        this.year = year;
        this.today = today;
        this.indicators = indicators;
        this.groups = groups;
        this.rules = rules;
        this.thresholds = thresholds;
    }

    int year() {
        return year;
    }

    List<TargetGroup> groups() {
        return groups;
    }

    TargetRules rules() {
        return rules;
    }

    ProgressValue value(Indicator indicator, TargetGroup group, Counts.Count count, Plan plan) {
        return ProgressCalculator.evaluate(indicator, group, year, today, count.total(), count.before(), plan,
                thresholds);
    }

    /** A card per indicator × group that has a target (stated or not) or data. */
    List<ProgressValue> cards(BiFunction<Indicator, TargetGroup, ProgressValue> valuer) {
        return every(valuer).stream().filter(value -> value.target() != null
                || value.status() == ProgressStatus.UNKNOWN || value.actual() > 0).toList();
    }

    /** Every indicator × group (one value for an indicator that is not per group), with or without figures. */
    List<ProgressValue> every(BiFunction<Indicator, TargetGroup, ProgressValue> valuer) {
        List<ProgressValue> values = new ArrayList<>();
        for (Indicator indicator : indicators) {
            for (TargetGroup group : indicator.perGroup() ? groups : Arrays.asList((TargetGroup) null)) {
                values.add(valuer.apply(indicator, group));
            }
        }
        return values;
    }

    /** The indicator asked for by code, else the first with a target, else the first. */
    Indicator focusIndicator(String code, List<ProgressValue> cards) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst()
                .or(() -> cards.stream().filter(c -> c.target() != null).map(ProgressValue::indicator).findFirst())
                .orElse(indicators.get(0));
    }

    /** For a per-group indicator: the group asked for, else the first with a target, else adults; null otherwise. */
    TargetGroup focusGroup(String code, Indicator indicator, List<ProgressValue> cards) {
        if (!indicator.perGroup()) {
            return null;
        }
        return groups.stream().filter(g -> g.code().equals(code)).findFirst()
                .or(() -> cards.stream().filter(c -> c.indicator().id() == indicator.id() && c.target() != null)
                        .map(ProgressValue::group).filter(Objects::nonNull).findFirst())
                .or(() -> groups.stream().filter(g -> g.code().equals("ADULTS")).findFirst())
                .orElse(groups.get(0));
    }

    /** The indicator with the code, else the first. */
    Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(indicators.get(0));
    }

    /** The group with the code, else the first. */
    TargetGroup group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst().orElse(groups.get(0));
    }

    /** The cumulative measure at the end of each month of the year so far; {@code months[0]} is before the year. */
    List<Dashboards.MonthPoint> monthly(Indicator indicator, long[] months, Long baseline) {
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

    static String metric(Indicator indicator) {
        return indicator.metric() == null ? indicator.code() : indicator.metric();
    }

    static Long groupId(TargetGroup group) {
        return group == null ? null : group.id();
    }
}
