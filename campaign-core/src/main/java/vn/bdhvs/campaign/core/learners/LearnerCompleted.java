package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;

/**
 * A learner completed a class on {@code completedOn}. A learner counts as trained once, from their
 * first completion: {@code firstBefore} and {@code firstAfter} are that date before and after
 * (they differ only when this completion is the earliest).
 */
public record LearnerCompleted(long learnerId, long communeId, long groupId, LocalDate completedOn,
        LocalDate firstBefore, LocalDate firstAfter) {
}
