package vn.bdhvs.campaign.core.classes;

/** What a class teaches. */
public enum Topic {

    VNEID, PUBLIC_SERVICES, CASHLESS, DIGITAL_SAFETY, AI_TOOLS, ECOMMERCE, BASIC_SKILLS, OTHER
}
