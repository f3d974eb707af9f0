package vn.bdhvs.campaign.core.learners;

/**
 * The outcome of registering a learner. A citizen ID already registered is never registered twice:
 * within the caller's scope the person is shown, to be enrolled instead; outside it the caller
 * learns only that the person is registered elsewhere ({@code learner} is null), and may enrol
 * them by the same citizen ID.
 */
public record Registration(LearnerSummary learner, Outcome outcome) {

    public enum Outcome {
        REGISTERED,
        ALREADY_REGISTERED_HERE,
        REGISTERED_ELSEWHERE
    }

    public boolean duplicate() {
        return outcome != Outcome.REGISTERED;
    }

    public boolean elsewhere() {
        return outcome == Outcome.REGISTERED_ELSEWHERE;
    }
}
