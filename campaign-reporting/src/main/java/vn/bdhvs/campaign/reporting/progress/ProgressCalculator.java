package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;

import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * The rules that turn counts, a baseline and a target into a {@link ProgressValue}:
 * <ul>
 * <li>the target and baseline come from a {@link Plan} ({@link TargetRules}); a target that exists
 * but cannot be stated makes the status unknown;</li>
 * <li>no baseline (or 0) makes a share unknown, never a division by zero;</li>
 * <li>a target of 0 is met by anything;</li>
 * <li>the projection to 31/12 extends the year's count so far at its daily rate; a past year is
 * projected at its final count; a year not yet started has no projection;</li>
 * <li>more than 100 % of the target is shown as it is.</li>
 * </ul>
 */
final class ProgressCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressCalculator() {
    }

    /**
     * @param actual cumulative count up to the end of {@code year} (or to {@code today})
     * @param beforeYear cumulative count before {@code year} started
     */
    static ProgressValue evaluate(Indicator indicator, TargetGroup group, int year, LocalDate today, long actual,
            long beforeYear, Plan plan, StatusThresholds thresholds) {
        Long baseline = plan.baseline();
        BigDecimal target = plan.target();
        boolean shareIndicator = indicator.kind() == IndicatorKind.SHARE_OF_GROUP;
        BigDecimal share = percent(actual, baseline);
        BigDecimal projectedCount = projection(year, today, actual, beforeYear);
        BigDecimal projection = projectedCount == null ? null
                : shareIndicator ? percent(projectedCount, baseline) : projectedCount.setScale(0, RoundingMode.HALF_UP);
        BigDecimal measure = shareIndicator ? share : BigDecimal.valueOf(actual);
        BigDecimal percentOfTarget = target == null || target.signum() == 0 || measure == null ? null
                : measure.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
        return new ProgressValue(indicator, group, actual, baseline, share, target, percentOfTarget, projection,
                status(year, today, target, plan.targetUnknown(), shareIndicator && share == null, projection,
                        thresholds), plan.note());
    }

    private static ProgressStatus status(int year, LocalDate today, BigDecimal target, boolean targetUnknown,
            boolean unknownShare, BigDecimal projection, StatusThresholds thresholds) {
        if (target == null && !targetUnknown) {
            return ProgressStatus.NO_TARGET;
        }
        if (today.getYear() < year) {
            return ProgressStatus.NOT_STARTED;
        }
        if (target == null) {
            return ProgressStatus.UNKNOWN;
        }
        if (target.signum() == 0) {
            return ProgressStatus.ON_TRACK;
        }
        if (unknownShare || projection == null) {
            return ProgressStatus.UNKNOWN;
        }
        double reached = projection.doubleValue() / target.doubleValue();
        return reached >= thresholds.onTrack() ? ProgressStatus.ON_TRACK
                : reached >= thresholds.atRisk() ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
    }

    /** Run-rate projection of the cumulative count to 31/12 of the year. */
    static BigDecimal projection(int year, LocalDate today, long actual, long beforeYear) {
        if (today.getYear() < year) {
            return null;
        }
        if (today.getYear() > year) {
            return BigDecimal.valueOf(actual);
        }
        long inYear = actual - beforeYear;
        BigDecimal perDay = BigDecimal.valueOf(inYear).divide(BigDecimal.valueOf(today.getDayOfYear()), 10,
                RoundingMode.HALF_UP);
        return BigDecimal.valueOf(beforeYear).add(perDay.multiply(BigDecimal.valueOf(Year.of(year).length())));
    }

    static BigDecimal percent(Number count, Long baseline) {
        if (baseline == null || baseline == 0) {
            return null;
        }
        return new BigDecimal(count.toString()).multiply(HUNDRED).divide(BigDecimal.valueOf(baseline), 1,
                RoundingMode.HALF_UP);
    }
}
