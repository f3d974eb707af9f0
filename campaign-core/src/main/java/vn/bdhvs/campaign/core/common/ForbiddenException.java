package vn.bdhvs.campaign.core.common;

/**
 * The caller's role does not allow this action at all (unlike {@link NotFoundException}, which
 * hides scope). Like it, not a {@link DomainException}: it becomes the 403 page, never a message.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String action) {
        super("not allowed: " + action);
    }
}
