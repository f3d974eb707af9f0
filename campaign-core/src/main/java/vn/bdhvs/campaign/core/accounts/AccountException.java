package vn.bdhvs.campaign.core.accounts;

import vn.bdhvs.campaign.core.common.DomainException;

/** An account command broke a rule; {@code field} names the form field it belongs to. */
public class AccountException extends DomainException {

    private final String field;

    public AccountException(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
