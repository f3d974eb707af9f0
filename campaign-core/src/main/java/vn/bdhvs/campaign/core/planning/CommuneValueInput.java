package vn.bdhvs.campaign.core.planning;

/** A commune target as typed in the allocation form, with the version the user saw. */
public record CommuneValueInput(long communeId, String value, Long version) {
}
