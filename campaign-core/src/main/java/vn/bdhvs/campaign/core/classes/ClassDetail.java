package vn.bdhvs.campaign.core.classes;

import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;

/**
 * A class's page. {@code writer} says whether the caller records data; what the page may offer
 * follows from it and the class's state.
 */
public record ClassDetail(ClassSummary summary, CommuneSummary commune, List<Long> groupIds, long version,
        List<SessionView> sessions, List<EnrollmentView> enrollments, boolean writer) {

    /** Sessions, enrolments, completions and the class itself can be changed: not once it is cancelled. */
    public boolean canEdit() {
        return writer && summary.status() != ClassStatus.CANCELLED;
    }

    /** The class can be finished: not twice. */
    public boolean canFinish() {
        return canEdit() && summary.status() != ClassStatus.FINISHED;
    }

    /** The most weekly sessions the series form adds at once. */
    public int maxSeries() {
        return TrainingClass.MAX_SERIES;
    }
}
