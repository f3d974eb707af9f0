package vn.bdhvs.campaign.core.learners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;

/**
 * The hourly limit on finding people by citizen ID. Each look-up that finds an already
 * registered person, and each enrolment by citizen ID, counts; registering a new person does not.
 * Once a user reaches the limit, every look-up is refused until the hour has passed, whether or
 * not it would have found someone, so the refusal itself reveals nothing. Counted in the database
 * so that the limit holds across instances.
 */
@Component
class CitizenIdLookups {

    /** {@code perHour} look-ups by one user within any hour. */
    @ConfigurationProperties("campaign.training.citizen-id-lookups")
    record Limit(@DefaultValue("30") int perHour) {
    }

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;

    private final Limit limit;

    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    private final AuditLog audit;

    CitizenIdLookups(JdbcClient jdbc, Limit limit, Clock clock, PlatformTransactionManager transactions,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.limit = limit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Refuses with {@code learner.citizenId.rateLimited} when the user has used up the hour's
     * look-ups. Serialised per user for the transaction, so parallel requests cannot overshoot.
     */
    void checkAvailable(Actor actor) {
        refuseIfSpent(lockAndCount(actor));
    }

    /**
     * Refuses, as {@link #checkAvailable}, when the hour's look-ups are used up; in a transaction of
     * its own, for a file with citizen IDs before any of them is looked for.
     */
    void requireAvailable(Actor actor) {
        ownTransaction.executeWithoutResult(status -> refuseIfSpent(lockAndCount(actor)));
    }

    /**
     * Counts the look-ups of the given citizen-ID HMACs, those already counted within the hour not
     * again (a file checked, then imported), and records {@code action} in the audit log, both in a
     * transaction of its own so that a dry run's look-ups count too. When fewer look-ups are left
     * than needed, the ones left are spent and the whole request is refused with the message of an
     * exhausted limit: a refusal then costs what it reveals, and the next file with citizen IDs is
     * refused before any is looked for.
     */
    void spend(Actor actor, Collection<String> hmacs, String action) {
        DomainException refusal = ownTransaction.execute(status -> {
            Used used = lockAndCount(actor);
            Set<String> fresh = new LinkedHashSet<>(hmacs);
            fresh.removeAll(used.hmacs());
            int left = Math.max(0, limit.perHour() - used.count());
            int spent = Math.min(left, fresh.size());
            insert(actor, fresh.stream().limit(spent).toList());
            audit.record(actor.username(), action, "learner", null, null,
                    Map.of("rows", hmacs.size(), "counted", fresh.size(), "refused", spent < fresh.size()));
            return spent < fresh.size() ? rateLimited(used) : null;
        });
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The user's look-ups within the hour, serialised per user for the transaction. */
    private Used lockAndCount(Actor actor) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('citizen-id-lookup:' || ?))").param(actor.username())
                .query(rs -> {
                });
        OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant().minus(WINDOW), ZoneOffset.UTC);
        List<OffsetDateTime> times = new ArrayList<>();
        Set<String> hmacs = new HashSet<>();
        jdbc.sql("""
                select looked_up_at, citizen_id_hmac from citizen_id_lookup where username = ? and looked_up_at > ?
                """).params(actor.username(), since).query(rs -> {
                    times.add(rs.getObject(1, OffsetDateTime.class));
                    if (rs.getString(2) != null) {
                        hmacs.add(rs.getString(2));
                    }
                });
        return new Used(times.size(), times.stream().min(Comparator.naturalOrder()).orElse(null), hmacs);
    }

    private void refuseIfSpent(Used used) {
        if (used.count() >= limit.perHour()) {
            throw rateLimited(used);
        }
    }

    private DomainException rateLimited(Used used) {
        Instant retryAt = used.oldest() == null ? clock.instant() : used.oldest().toInstant().plus(WINDOW);
        long minutes = Math.max(1, Duration.between(clock.instant(), retryAt).toMinutes() + 1);
        return new DomainException("learner.citizenId.rateLimited", limit.perHour(), minutes);
    }

    /**
     * Counts one look-up against the user's hour, after {@link #checkAvailable}. Committed on its
     * own, so that a look-up still counts when the caller's change is then refused and rolled back.
     */
    void record(Actor actor) {
        ownTransaction.executeWithoutResult(status -> insert(actor, Collections.singletonList(null)));
    }

    /** One look-up per HMAC (null for one not kept), and the user's look-ups older than the hour deleted. */
    private void insert(Actor actor, List<String> hmacs) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("delete from citizen_id_lookup where username = ? and looked_up_at < ?")
                .params(actor.username(), now.minus(WINDOW)).update();
        jdbc.sql("""
                insert into citizen_id_lookup (username, looked_up_at, citizen_id_hmac) select ?, ?, unnest(?::varchar[])
                """).params(actor.username(), now, hmacs.toArray(String[]::new)).update();
    }

    private record Used(int count, OffsetDateTime oldest, Set<String> hmacs) {
    }
}
