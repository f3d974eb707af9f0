package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;

/** A class was held to its end: it counts as held in the month of {@code finishedOn}. */
public record ClassFinished(long classId, long communeId, LocalDate finishedOn) {
}
