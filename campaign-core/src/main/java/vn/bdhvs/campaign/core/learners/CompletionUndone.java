package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;

/**
 * A completion recorded by mistake was withdrawn: the learner's first completion moved from
 * {@code firstBefore} to {@code firstAfter}, the earliest completion left (null: none).
 */
public record CompletionUndone(long learnerId, long communeId, long groupId, LocalDate firstBefore,
        LocalDate firstAfter) {
}
