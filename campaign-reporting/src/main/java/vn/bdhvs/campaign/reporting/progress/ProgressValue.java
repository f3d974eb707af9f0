package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;

import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * The progress of one (unit, indicator, group, year). {@code actual} is the cumulative count to
 * the end of the year (or to date); {@code share} is that count as a % of the group's baseline
 * (null: unknown); {@code target} is in % for a share indicator and a count otherwise;
 * {@code percentOfTarget} compares like with like; {@code projection} is the run-rate projection
 * to 31/12 in the target's unit; {@code note} says where the target comes from or what is missing.
 */
public record ProgressValue(Indicator indicator, TargetGroup group, long actual, Long baseline, BigDecimal share,
        BigDecimal target, BigDecimal percentOfTarget, BigDecimal projection, ProgressStatus status, Message note) {

    /** The progress bar's fill: the % of the target, at most 100. */
    public BigDecimal progressBar() {
        return percentOfTarget == null ? null : percentOfTarget.min(BigDecimal.valueOf(100));
    }

    /** What ranks a unit among its peers: the % of its target where known, else its count. */
    public BigDecimal rankingMeasure() {
        return percentOfTarget != null ? percentOfTarget : BigDecimal.valueOf(actual);
    }

    /** The figure compared with the target: the share for a share indicator, the count otherwise. */
    public BigDecimal measure() {
        return indicator.kind() == IndicatorKind.SHARE_OF_GROUP ? share
                : BigDecimal.valueOf(actual);
    }
}
