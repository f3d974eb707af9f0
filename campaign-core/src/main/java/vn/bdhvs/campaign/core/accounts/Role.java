package vn.bdhvs.campaign.core.accounts;

/** What a user may do; the unit they may do it in is their scope. */
public enum Role {

    /** National administrator: accounts, reference data, every unit. */
    ADMIN,
    /** Provincial steering-committee staff: targets and dashboards of one province. */
    PROVINCE_STAFF,
    /** Reads everything in a province or a commune and exports reports. */
    MANAGER,
    /** Enters classes, learners and attendance for one commune. */
    COMMUNE_OFFICIAL
}
