package vn.bdhvs.campaign.core.classes;

/** How a class is held: in person, online (MOOC) or blended. */
public enum ClassFormat {

    IN_PERSON, ONLINE, BLENDED
}
