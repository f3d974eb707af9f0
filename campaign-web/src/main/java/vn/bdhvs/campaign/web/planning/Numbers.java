package vn.bdhvs.campaign.web.planning;

import java.math.BigDecimal;

/** How a stored number is put back into an input: plain digits, no trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    static String forInput(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String forInput(Long value) {
        return value == null ? "" : value.toString();
    }
}
