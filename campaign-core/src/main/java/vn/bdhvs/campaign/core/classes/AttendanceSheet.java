package vn.bdhvs.campaign.core.classes;

import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;

/** One session's sheet: a row per enrolled learner, with their mark if any. */
public record AttendanceSheet(SessionView session, ClassSummary trainingClass, CommuneSummary commune,
        List<Row> rows, boolean writer) {

    public record Row(long learnerId, String fullName, int birthYear, AttendanceStatus status) {
    }

    /** Marks can be saved by a user who records data, for a class that was not cancelled. */
    public boolean canRecord() {
        return writer && trainingClass.status() != ClassStatus.CANCELLED;
    }
}
