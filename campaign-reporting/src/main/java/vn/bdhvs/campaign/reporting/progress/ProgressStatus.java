package vn.bdhvs.campaign.reporting.progress;

/** Where a unit stands against a target (thresholds: {@link StatusThresholds}). */
public enum ProgressStatus {

    /** The run-rate projection to 31/12 reaches the target. */
    ON_TRACK,
    /** The projection reaches at least the at-risk share of the target, not all of it. */
    AT_RISK,
    /** The projection falls below the at-risk share of the target. */
    BEHIND,
    /** There is no target to compare with. */
    NO_TARGET,
    /** A share target without the population baseline it needs: the share is unknown. */
    UNKNOWN,
    /** The year has not started yet. */
    NOT_STARTED
}
