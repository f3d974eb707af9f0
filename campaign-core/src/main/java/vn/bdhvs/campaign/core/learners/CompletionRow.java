package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;

/**
 * A completion or VNeID confirmation recorded outside the platform's classes (the national
 * learning platform's export), as an import file gives it: the person by citizen-ID HMAC or by
 * commune, name and birth year; at least one of the two dates.
 */
public record CompletionRow(int row, long communeId, String fullName, int birthYear, String citizenIdHmac,
        LocalDate completedOn, LocalDate vneidConfirmedOn) {
}
