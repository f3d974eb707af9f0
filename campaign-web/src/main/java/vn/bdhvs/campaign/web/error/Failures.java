package vn.bdhvs.campaign.web.error;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;


import vn.bdhvs.campaign.core.common.DomainException;

/** A broken business rule's message arguments as the page shows them. */
public final class Failures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Failures() {
    }

    /** Message arguments as people read them: dates as dd/MM/yyyy. */
    public static Object[] args(DomainException ex) {
        return Arrays.stream(ex.args()).map(arg -> arg instanceof LocalDate date ? DATE.format(date) : arg).toArray();
    }
}
