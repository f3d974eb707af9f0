package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;

/**
 * A class's life: planned, running, finished, or cancelled (kept, never deleted). A planned class
 * is running from its start date on, without anyone having to say so; it is finished only when the
 * official finishes it (that is when it counts as held).
 */
public enum ClassStatus {

    PLANNED, RUNNING, FINISHED, CANCELLED;

    /** The status shown and filtered on, given the class's start date and today. */
    ClassStatus asOf(LocalDate startDate, LocalDate today) {
        return this == PLANNED && !startDate.isAfter(today) ? RUNNING : this;
    }
}
