package vn.bdhvs.campaign.core.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** After {@code maxAttempts} failed logins in a row an account is locked for {@code duration}. */
@ConfigurationProperties("campaign.security.lockout")
public record LockoutPolicy(@DefaultValue("5") int maxAttempts, @DefaultValue("15m") Duration duration) {
}
