package vn.bdhvs.campaign.web.planning;

import java.time.LocalDateTime;

/** One change of a target as shown to people: who, when, what, the value before and after. */
public record HistoryRow(LocalDateTime at, String actor, String action, String before, String after) {
}
