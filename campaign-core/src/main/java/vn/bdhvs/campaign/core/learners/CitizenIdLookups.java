package vn.bdhvs.campaign.core.learners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bdhvs.campaign.core.accounts.Actor;
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

    CitizenIdLookups(JdbcClient jdbc, Limit limit, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.limit = limit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How many look-ups one user may make within an hour. */
    int perHour() {
        return limit.perHour();
    }

    /**
     * Refuses with {@code learner.citizenId.rateLimited} when the user has used up the hour's
     * look-ups. Serialised per user for the transaction, so parallel requests cannot overshoot.
     */
    void checkAvailable(Actor actor) {
        checkAvailable(actor, 1);
    }

    /** The same for {@code needed} look-ups at once (an import that finds people registered elsewhere). */
    void checkAvailable(Actor actor, int needed) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('citizen-id-lookup:' || ?))").param(actor.username())
                .query(rs -> {
                });
        OffsetDateTime since = OffsetDateTime.ofInstant(clock.instant().minus(WINDOW), ZoneOffset.UTC);
        var used = jdbc.sql("""
                select count(*), min(looked_up_at) from citizen_id_lookup where username = ? and looked_up_at > ?
                """).params(actor.username(), since).query((rs, n) -> new Used(rs.getInt(1),
                rs.getObject(2, OffsetDateTime.class))).single();
        if (used.count() + needed > limit.perHour()) {
            Instant retryAt = used.oldest() == null ? clock.instant() : used.oldest().toInstant().plus(WINDOW);
            long minutes = Math.max(1, Duration.between(clock.instant(), retryAt).toMinutes() + 1);
            throw new DomainException("learner.citizenId.rateLimited", limit.perHour(), minutes);
        }
    }

    /**
     * Counts one look-up against the user's hour, after {@link #checkAvailable}. Committed on its
     * own, so that a look-up still counts when the caller's change is then refused and rolled back.
     */
    void record(Actor actor) {
        record(actor, 1);
    }

    /** Counts {@code count} look-ups at once. */
    void record(Actor actor, int count) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from citizen_id_lookup where username = ? and looked_up_at < ?")
                    .params(actor.username(), now.minus(WINDOW)).update();
            jdbc.sql("insert into citizen_id_lookup (username, looked_up_at) select ?, ? from generate_series(1, ?)")
                    .params(actor.username(), now, count).update();
        });
    }

    private record Used(int count, OffsetDateTime oldest) {
    }
}
