package vn.bdhvs.campaign.core.common;

/**
 * The thing asked for does not exist, or lies outside the caller's scope. The two are
 * deliberately indistinguishable, so that a guessed id reveals nothing.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
