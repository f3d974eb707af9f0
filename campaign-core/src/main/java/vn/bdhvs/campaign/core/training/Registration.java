package vn.bdhvs.campaign.core.training;

/**
 * The outcome of registering a learner: a new learner, or the person already registered under
 * the same citizen ID (in this or another commune), to be enrolled instead of created twice.
 */
public record Registration(LearnerSummary learner, boolean duplicate) {
}
