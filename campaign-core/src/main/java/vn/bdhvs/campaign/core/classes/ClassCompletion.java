package vn.bdhvs.campaign.core.classes;

/** Finishing a class: enrolments completed now, and those left open because attendance was too low. */
public record ClassCompletion(int completed, int belowAttendance) {
}
