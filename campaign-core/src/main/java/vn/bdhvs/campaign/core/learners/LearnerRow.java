package vn.bdhvs.campaign.core.learners;

/**
 * A learner as an import file gives it, already checked cell by cell: {@code row} is the file's
 * row number, the commune is resolved, the name's comparison key computed, the citizen ID (if
 * any) is already its HMAC.
 */
public record LearnerRow(int row, long communeId, String fullName, String nameKey, int birthYear, Gender gender, long groupId,
        String phone, String citizenIdHmac) {
}
