package vn.bdhvs.campaign.core.learners;

/** The learners a commune registered; trained and confirmed learners count as people, each once. */
public record LearnerFigures(int learners, int trained, int vneidConfirmed) {
}
