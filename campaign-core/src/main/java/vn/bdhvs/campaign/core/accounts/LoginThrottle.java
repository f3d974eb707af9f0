package vn.bdhvs.campaign.core.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock an account out. Failed logins are
 * counted per (account name, client address) and per client address over the last
 * {@code window}. Past {@code perClientAndAccount} failures for the same account, or
 * {@code perClient} failures overall, that client must wait before its next try: {@code firstDelay},
 * doubling with each further failure, at most {@code maxDelay}. Other clients, such as the
 * account's owner at their own desk, are not affected. Unknown account names are counted the same
 * way, so the answer never tells whether an account exists.
 */
@Service
public class LoginThrottle {

    @ConfigurationProperties("campaign.security.login-throttle")
    public record Policy(@DefaultValue("5") int perClientAndAccount, @DefaultValue("20") int perClient,
            @DefaultValue("30s") Duration firstDelay, @DefaultValue("15m") Duration maxDelay,
            @DefaultValue("1h") Duration window) {
    }

    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;

    private final Policy policy;

    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Policy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** How long this client must still wait before trying this account again; empty when it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBefore(String username, String clientAddress) {
        Instant now = clock.instant();
        OffsetDateTime since = utc(now.minus(policy.window()));
        Failures pair = jdbc.sql("""
                select count(*), max(failed_at) from login_failure
                where username_key = ? and client_address = ? and failed_at > ?
                """).params(key(username), clientAddress, since).query(LoginThrottle::failures).single();
        Failures client = jdbc.sql("""
                select count(*), max(failed_at) from login_failure where client_address = ? and failed_at > ?
                """).params(clientAddress, since).query(LoginThrottle::failures).single();
        Duration wait = longest(remaining(pair, policy.perClientAndAccount(), now),
                remaining(client, policy.perClient(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @Transactional
    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at < ?").param(utc(now.minus(KEEP))).update();
        jdbc.sql("insert into login_failure (username_key, client_address, failed_at) values (?, ?, ?)")
                .params(key(username), clientAddress, utc(now)).update();
    }

    /** A correct password from this client: its failures for the account are forgotten. */
    @Transactional
    public void succeeded(String username, String clientAddress) {
        jdbc.sql("delete from login_failure where username_key = ? and client_address = ?")
                .params(key(username), clientAddress).update();
    }

    /** An ADMIN vouched for the account: every client's failures for it are forgotten. */
    @Transactional
    void forget(String username) {
        jdbc.sql("delete from login_failure where username_key = ?").param(key(username)).update();
    }

    private Duration remaining(Failures failures, int allowed, Instant now) {
        if (failures.count() < allowed) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - allowed, 20);
        Duration delay = policy.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(policy.maxDelay()) > 0) {
            delay = policy.maxDelay();
        }
        Duration left = Duration.between(now, failures.latest().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 60 ? trimmed.substring(0, 60) : trimmed;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Failures failures(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime latest = rs.getObject(2, OffsetDateTime.class);
        return new Failures(rs.getInt(1), latest == null ? null : latest.toInstant());
    }

    private record Failures(int count, Instant latest) {
    }
}
