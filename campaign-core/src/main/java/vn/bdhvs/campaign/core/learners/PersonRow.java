package vn.bdhvs.campaign.core.learners;

/**
 * A person named by a row of an import file: by citizen-ID HMAC when there is one, else by name
 * and birth year within the commune.
 */
public record PersonRow(int row, long communeId, String fullName, int birthYear, String citizenIdHmac) {
}
