package vn.bdhvs.campaign.core.teams;

/** A community digital technology team (tổ công nghệ số cộng đồng) or a youth volunteer team. */
public enum TeamKind {

    DIGITAL_TECH, YOUTH_VOLUNTEER
}
