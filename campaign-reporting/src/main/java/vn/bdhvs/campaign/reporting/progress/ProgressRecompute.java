package vn.bdhvs.campaign.reporting.progress;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ForbiddenException;

/**
 * Rebuilds every counter from the raw rows, in one transaction. The incremental counters must
 * always equal what this computes; ProgressRecomputeTests proves it after random writes.
 */
@Service
public class ProgressRecompute {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecompute.class);

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    ProgressRecompute(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** An ADMIN's recompute from the web. */
    @Transactional
    public int recompute(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("progress.recompute");
        }
        int rows = recomputeAll();
        audit.record(actor.username(), "RECOMPUTE", "progress_counter", "all", null, java.util.Map.of("rows", rows));
        return rows;
    }

    /** Rebuilds all counters; returns the number of counter rows. */
    @Transactional
    public int recomputeAll() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("lock table progress_counter in exclusive mode").update();
        jdbc.sql("delete from progress_counter").update();
        int rows = jdbc.sql("""
                insert into progress_counter (commune_id, group_id, month, metric, value, updated_at)
                select commune_id, group_id, date_trunc('month', first_completed_on)::date, 'TRAINED', count(*), :now
                  from learner where first_completed_on is not null group by 1, 2, 3
                union all
                select commune_id, group_id, date_trunc('month', vneid_confirmed_on)::date, 'VNEID_CONFIRMED', count(*), :now
                  from learner where vneid_confirmed_on is not null group by 1, 2, 3
                union all
                select commune_id, null::bigint, date_trunc('month', finished_on)::date, 'CLASSES_HELD', count(*), :now
                  from training_class where status = 'FINISHED' group by 1, 2, 3
                union all
                select commune_id, null::bigint, date_trunc('month', registered_on)::date, 'TEAMS', count(*), :now
                  from community_team group by 1, 2, 3
                union all
                select commune_id, null::bigint, date_trunc('month', registered_on)::date, 'TEAM_MEMBERS', sum(members), :now
                  from community_team group by 1, 2, 3 having sum(members) <> 0
                union all
                select t.commune_id, null::bigint, date_trunc('month', a.activity_date)::date, 'DOSSIERS_SUPPORTED',
                       sum(a.dossiers_supported), :now
                  from team_activity a join community_team t on t.id = a.team_id group by 1, 2, 3
                  having sum(a.dossiers_supported) <> 0
                union all
                select t.commune_id, null::bigint, date_trunc('month', a.activity_date)::date, 'PEOPLE_GUIDED',
                       sum(a.people_guided + a.ambassador_guided), :now
                  from team_activity a join community_team t on t.id = a.team_id group by 1, 2, 3
                  having sum(a.people_guided + a.ambassador_guided) <> 0
                """).param("now", now).update();
        log.info("Progress counters recomputed: {} rows", rows);
        return rows;
    }
}
