package vn.bdhvs.campaign.core.planning;

/**
 * A target group's head count in a unit and year. For a province it also carries the sum of its
 * communes' figures; {@code communesExceed} flags a commune sum above the province figure.
 */
public record BaselineRow(TargetGroup group, Long headCount, Long version, long communeSum, int communesWithFigure) {

    public boolean communesExceed() {
        return headCount != null && communeSum > headCount;
    }
}
