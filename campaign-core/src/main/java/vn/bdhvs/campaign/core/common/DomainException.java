package vn.bdhvs.campaign.core.common;

import java.util.Arrays;

/**
 * A business rule was broken. It carries a message code and its arguments rather than a text,
 * so that the web layer shows it in the user's language (messages*.properties).
 */
public class DomainException extends RuntimeException {

    private final String code;

    private final Object[] args;

    public DomainException(String code, Object... args) {
        super(code + Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
