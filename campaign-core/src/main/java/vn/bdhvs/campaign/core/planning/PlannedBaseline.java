package vn.bdhvs.campaign.core.planning;

/** A stored population baseline of a province ({@code communeId} null) or of a commune. */
public record PlannedBaseline(long provinceId, Long communeId, Long groupId, long headCount) {
}
