package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;

/** A learner as shown: never with the citizen ID, which is not stored in readable form. */
public record LearnerSummary(long id, String fullName, int birthYear, Gender gender, long groupId, String phone,
        String communeCode, String communeName, LocalDate firstCompletedOn, LocalDate vneidConfirmedOn) {
}
