package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session with how many learners have an attendance mark and how many attended. */
public record SessionView(long id, LocalDate date, LocalTime startTime, int marked, int attended) {
}
