package vn.bdhvs.campaign.core.training;

import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;

/** One session's sheet: a row per enrolled learner, with their mark if any. */
public record AttendanceSheet(SessionView session, ClassSummary trainingClass, CommuneSummary commune,
        List<Row> rows, boolean editable) {

    public record Row(long learnerId, String fullName, int birthYear, AttendanceStatus status) {
    }
}
