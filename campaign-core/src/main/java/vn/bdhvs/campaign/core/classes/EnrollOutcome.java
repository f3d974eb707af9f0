package vn.bdhvs.campaign.core.classes;

import vn.bdhvs.campaign.core.common.Message;

/** Enrolling learners: how many were enrolled, or the capacity warning that needs confirmation. */
public record EnrollOutcome(int enrolled, Message warning, boolean needsConfirmation) {
}
