package vn.bdhvs.campaign.core.geography;

/** A pre-July-2025 province and the current province it was merged into. */
public record FormerProvince(long id, long successorId, String name) {
}
