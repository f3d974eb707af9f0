package vn.bdhvs.campaign.core.classes;

/** A class that had not been held was cancelled; it is kept, with its enrolments, and counts for nothing. */
public record ClassCancelled(long classId, long communeId) {
}
