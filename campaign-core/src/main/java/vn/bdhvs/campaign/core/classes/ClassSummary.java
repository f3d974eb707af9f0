package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;

/** A class as listed: what, when, where, how full, how far along. */
public record ClassSummary(long id, String title, Topic topic, ClassFormat format, Organiser organiser,
        LocalDate startDate, LocalDate endDate, String place, int capacity, ClassStatus status, int enrolled,
        int sessions, int completed) {
}
