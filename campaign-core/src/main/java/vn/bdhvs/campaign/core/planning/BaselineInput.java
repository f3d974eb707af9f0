package vn.bdhvs.campaign.core.planning;

/** One group's head count as typed (blank removes it) and the version the user saw. */
public record BaselineInput(long groupId, String value, Long version) {
}
