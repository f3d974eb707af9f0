package vn.bdhvs.campaign.reporting.progress;

/**
 * What the progress engine counts, per commune, target group (where it applies) and month.
 * A learner counts once: TRAINED in the month of their first completion, VNEID_CONFIRMED in the
 * month of their first confirmation.
 */
public enum ProgressMetric {

    TRAINED(true), VNEID_CONFIRMED(true), CLASSES_HELD(false), TEAMS(false), TEAM_MEMBERS(false),
    DOSSIERS_SUPPORTED(false), PEOPLE_GUIDED(false);

    private final boolean perGroup;

    ProgressMetric(boolean perGroup) {
        this.perGroup = perGroup;
    }

    public boolean perGroup() {
        return perGroup;
    }
}
