package vn.bdhvs.campaign.core.learners;

/**
 * A learner as another feature needs them: who they are and where they count. {@code nameKey}
 * orders lists by name, as people read them.
 */
public record LearnerRef(long id, String fullName, String nameKey, int birthYear, long groupId, long communeId) {
}
