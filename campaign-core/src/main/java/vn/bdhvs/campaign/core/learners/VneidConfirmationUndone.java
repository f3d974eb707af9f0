package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;

/**
 * A VNeID confirmation recorded by mistake was withdrawn: the learner's first confirmation moved
 * from {@code firstBefore} to {@code firstAfter}, the earliest left (null: none).
 */
public record VneidConfirmationUndone(long learnerId, long communeId, long groupId, LocalDate firstBefore,
        LocalDate firstAfter) {
}
