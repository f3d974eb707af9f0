package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;

/** An enrolled learner as the class page shows them. */
public record EnrollmentView(long id, long learnerId, String fullName, int birthYear, long groupId, int attended,
        LocalDate completedOn, String completionOverride, LocalDate vneidConfirmedOn, long version) {
}
