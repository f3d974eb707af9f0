package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;

/**
 * A learner was confirmed on VNeID on {@code confirmedOn}. They count once, from their first
 * confirmation: {@code firstBefore} and {@code firstAfter} are that date before and after.
 */
public record VneidConfirmed(long learnerId, long communeId, long groupId, LocalDate confirmedOn,
        LocalDate firstBefore, LocalDate firstAfter) {
}
