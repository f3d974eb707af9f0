package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.util.Optional;

import vn.bdhvs.campaign.core.common.Message;

/** What an indicator's value means, and so which values a target may take. */
public enum IndicatorKind {

    /** A percentage of a target group's population: 0–100, up to two decimals. */
    SHARE_OF_GROUP,
    /** A number of people, classes, teams or dossiers: a whole number ≥ 0. */
    COUNT;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * No count in this campaign comes near a billion (the country has about 100 million people);
     * a larger figure is a typing mistake, and would not fit the database either.
     */
    public static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000L);

    /** Why the value is not acceptable for this kind, if it is not. */
    public Optional<Message> check(BigDecimal value) {
        if (value.signum() < 0) {
            return Optional.of(Message.of("planning.value.negative"));
        }
        if (this == SHARE_OF_GROUP && value.compareTo(HUNDRED) > 0) {
            return Optional.of(Message.of("planning.value.percentRange"));
        }
        if (this == SHARE_OF_GROUP && value.stripTrailingZeros().scale() > 2) {
            return Optional.of(Message.of("planning.value.twoDecimals"));
        }
        if (value.compareTo(MAX_COUNT) > 0) {
            return Optional.of(Message.of("planning.value.tooLarge"));
        }
        if (this == COUNT && value.stripTrailingZeros().scale() > 0) {
            return Optional.of(Message.of("planning.value.wholeNumber"));
        }
        return Optional.empty();
    }
}
