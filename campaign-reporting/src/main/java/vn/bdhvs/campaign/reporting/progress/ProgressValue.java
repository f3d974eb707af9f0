package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;

import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * The progress of one (unit, indicator, group, year). {@code actual} is the cumulative count to
 * the end of the year (or to date); {@code share} is that count as a % of the group's baseline
 * (null: unknown); {@code target} is in % for a share indicator and a count otherwise;
 * {@code percentOfTarget} compares like with like; {@code projection} is the run-rate projection
 * to 31/12 in the target's unit.
 */
public record ProgressValue(Indicator indicator, TargetGroup group, long actual, Long baseline, BigDecimal share,
        BigDecimal target, BigDecimal percentOfTarget, BigDecimal projection, ProgressStatus status) {

    /** The progress bar's fill: the % of the target, at most 100. */
    public BigDecimal progressBar() {
        return percentOfTarget == null ? null : percentOfTarget.min(BigDecimal.valueOf(100));
    }

    /** The figure compared with the target: the share for a share indicator, the count otherwise. */
    public BigDecimal measure() {
        return indicator.kind() == vn.bdhvs.campaign.core.planning.IndicatorKind.SHARE_OF_GROUP ? share
                : BigDecimal.valueOf(actual);
    }
}
