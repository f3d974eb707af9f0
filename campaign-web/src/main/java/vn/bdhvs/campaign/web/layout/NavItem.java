package vn.bdhvs.campaign.web.layout;

/** One entry of the navigation bar: a message key for its label and where it leads. */
public record NavItem(String labelKey, String href, String id) {
}
