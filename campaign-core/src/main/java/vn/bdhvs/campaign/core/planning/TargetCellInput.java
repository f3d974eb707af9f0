package vn.bdhvs.campaign.core.planning;

/**
 * One cell of the target grid as submitted: the text the user typed (blank removes the target)
 * and the version the user saw (null when the cell was empty).
 */
public record TargetCellInput(long indicatorId, Long groupId, String value, Long version) {
}
