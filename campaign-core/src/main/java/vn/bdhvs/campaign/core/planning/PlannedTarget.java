package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;

/**
 * A stored target of a province ({@code communeId} null) or of a commune; {@code groupId} is null
 * for an indicator of the unit as a whole.
 */
public record PlannedTarget(long provinceId, Long communeId, long indicatorId, Long groupId, BigDecimal value) {
}
