package vn.bdhvs.campaign.core.training;

/**
 * What a commune has recorded. {@code trainedLearners} and {@code vneidConfirmedLearners} count
 * people, each once, whatever number of classes they completed.
 */
public record CommuneFigures(int classes, int sessions, int learners, int enrollments, int trainedLearners,
        int vneidConfirmedLearners, int teams, int teamMembers, long peopleGuided, long dossiersSupported) {
}
