package vn.bdhvs.campaign.core.training;

/** A class's life: planned, running, finished, or cancelled (kept, never deleted). */
public enum ClassStatus {

    PLANNED, RUNNING, FINISHED, CANCELLED
}
