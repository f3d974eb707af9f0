package vn.bdhvs.campaign.core.learners;

/** A learner's gender. */
public enum Gender {

    MALE, FEMALE, OTHER
}
