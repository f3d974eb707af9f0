package vn.bdhvs.campaign.core.common;

import java.time.LocalDate;

/**
 * A count of one commune (and target group, where the fact is counted per group) in one month:
 * what a feature tells the progress engine when it rebuilds its counters from the raw rows.
 */
public record MonthlyCount(long communeId, Long groupId, LocalDate month, long value) {
}
