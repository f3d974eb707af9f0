package vn.bdhvs.campaign.core.training;

/** A learner's gender. */
public enum Gender {

    MALE, FEMALE, OTHER
}
