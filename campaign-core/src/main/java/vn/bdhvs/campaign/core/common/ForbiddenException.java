package vn.bdhvs.campaign.core.common;

/** The caller's role does not allow this action at all (unlike {@link NotFoundException}, which hides scope). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String action) {
        super("error.forbidden", action);
    }
}
