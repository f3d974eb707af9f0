package vn.bdhvs.campaign.core.training;

/** How a class is held: in person, online (MOOC) or blended. */
public enum ClassFormat {

    IN_PERSON, ONLINE, BLENDED
}
