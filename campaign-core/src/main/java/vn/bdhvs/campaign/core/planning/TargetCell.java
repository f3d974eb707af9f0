package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;

/** A stored target: its id (for the history), value, optimistic-lock version and origin. */
public record TargetCell(long id, BigDecimal value, long version, String origin) {
}
