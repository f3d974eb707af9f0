package vn.bdhvs.campaign.core.classes;

/** Who runs a class: a community digital technology team, youth volunteers, a school, an enterprise … */
public enum Organiser {

    DIGITAL_TECH_TEAM, YOUTH_VOLUNTEERS, SCHOOL, ENTERPRISE, GOVERNMENT, OTHER
}
