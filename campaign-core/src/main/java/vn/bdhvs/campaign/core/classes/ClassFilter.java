package vn.bdhvs.campaign.core.classes;

import java.time.YearMonth;

/** Filters of the class list; a null part does not filter. {@code month}: classes running during it. */
public record ClassFilter(ClassStatus status, Topic topic, YearMonth month) {
}
