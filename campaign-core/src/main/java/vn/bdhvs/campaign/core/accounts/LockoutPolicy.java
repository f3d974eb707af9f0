package vn.bdhvs.campaign.core.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After {@code maxAttempts} failed logins in a row, from any client addresses, an account is
 * locked for {@code duration}. One client cannot get there quickly: {@link LoginThrottle} slows it
 * down long before. The lock is meant for guessing spread over many addresses; an ADMIN can lift
 * it at once.
 */
@ConfigurationProperties("campaign.security.lockout")
public record LockoutPolicy(@DefaultValue("20") int maxAttempts, @DefaultValue("15m") Duration duration) {
}
