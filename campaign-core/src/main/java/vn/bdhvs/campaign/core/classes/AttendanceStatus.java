package vn.bdhvs.campaign.core.classes;

/** A learner's attendance at one session. */
public enum AttendanceStatus {

    PRESENT, LATE, EXCUSED, ABSENT;

    /** Present or late counts as attended for the completion rule. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
