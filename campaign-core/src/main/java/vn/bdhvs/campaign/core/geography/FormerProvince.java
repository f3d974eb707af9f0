package vn.bdhvs.campaign.core.geography;

/** A province merged away in 2025, and the current province that succeeded it. */
public record FormerProvince(long id, long successorId, String name) {
}
