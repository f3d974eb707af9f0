package vn.bdhvs.campaign.core.common;

/**
 * The thing asked for does not exist, or lies outside the caller's scope. The two are
 * deliberately indistinguishable, so that a guessed id reveals nothing. Not a
 * {@link DomainException}: it is not a message for a form but the 404 page, so handlers that turn
 * broken rules into messages never swallow it.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found or out of scope");
    }
}
