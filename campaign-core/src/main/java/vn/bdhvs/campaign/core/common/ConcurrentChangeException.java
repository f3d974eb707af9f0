package vn.bdhvs.campaign.core.common;

/** Someone else changed the data after the user loaded it; nothing was saved, the user must reload. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
