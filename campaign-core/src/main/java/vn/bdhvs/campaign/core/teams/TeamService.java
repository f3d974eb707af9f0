package vn.bdhvs.campaign.core.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.common.SubmissionGuard;
import vn.bdhvs.campaign.core.geography.CommuneSummary;

/**
 * Community digital technology teams and youth volunteer teams, and their activity reports. Each
 * registration, report and deletion raises the event the progress counters follow.
 */
@Service
public class TeamService {

    private final CommuneAccess access;

    private final JdbcClient jdbc;

    private final SubmissionGuard submissions;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    TeamService(CommuneAccess access, JdbcClient jdbc, SubmissionGuard submissions, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.access = access;
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TeamView> teams(Actor actor, String communeCode) {
        CommuneSummary commune = access.readable(actor, communeCode);
        return jdbc.sql("""
                select t.id, t.kind, t.name, t.members, t.established_on, count(a.id),
                    coalesce(sum(a.people_guided), 0), coalesce(sum(a.dossiers_supported), 0),
                    coalesce(sum(a.events_held), 0), coalesce(sum(a.digital_ambassadors), 0),
                    coalesce(sum(a.ambassador_guided), 0)
                from community_team t left join team_activity a on a.team_id = t.id
                where t.commune_id = ? group by t.id order by t.kind, t.name
                """).param(commune.id()).query((rs, n) -> new TeamView(rs.getLong(1), TeamKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getLong(7),
                rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11))).list();
    }

    @Transactional
    public long register(Actor actor, String communeCode, TeamCmd cmd) {
        CommuneSummary commune = access.readable(actor, communeCode);
        access.writable(actor, commune.id());
        LocalDate registeredOn = TeamRules.registeredOn(cmd.establishedOn(), LocalDate.now(clock));
        submissions.claim(cmd.submissionToken(), actor.username());
        long id = jdbc.sql("""
                insert into community_team (commune_id, kind, name, members, established_on, registered_on)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(commune.id(), cmd.kind().name(), cmd.name().trim(), cmd.members(), cmd.establishedOn(),
                registeredOn).query(Long.class).single();
        events.publishEvent(new TeamRegistered(id, commune.id(), registeredOn, cmd.members()));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("communeId", commune.id());
        state.put("kind", cmd.kind());
        state.put("name", cmd.name().trim());
        state.put("members", cmd.members());
        audit.record(actor.username(), "CREATE", "community_team", id, null, state);
        return id;
    }

    @Transactional(readOnly = true)
    public TeamFigures figures(Actor actor, String communeCode) {
        CommuneSummary commune = access.readable(actor, communeCode);
        return jdbc.sql("""
                select
                  (select count(*) from community_team where commune_id = :c),
                  (select coalesce(sum(members), 0) from community_team where commune_id = :c),
                  (select coalesce(sum(a.people_guided + a.ambassador_guided), 0) from team_activity a
                     join community_team t on t.id = a.team_id where t.commune_id = :c),
                  (select coalesce(sum(a.dossiers_supported), 0) from team_activity a
                     join community_team t on t.id = a.team_id where t.commune_id = :c)
                """).param("c", commune.id()).query((rs, n) -> new TeamFigures(rs.getInt(1), rs.getInt(2),
                rs.getLong(3), rs.getLong(4))).single();
    }

    /** The commune of a team the caller may see. */
    @Transactional(readOnly = true)
    public CommuneSummary team(Actor actor, long teamId) {
        long communeId = jdbc.sql("select commune_id from community_team where id = ?").param(teamId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("team", teamId));
        return access.readable(actor, communeId);
    }

    @Transactional
    public long report(Actor actor, long teamId, ActivityCmd cmd) {
        long communeId = team(actor, teamId).id();
        access.writable(actor, communeId);
        TeamRules.checkActivityDate(cmd.activityDate(), LocalDate.now(clock));
        submissions.claim(cmd.submissionToken(), actor.username());
        long id = jdbc.sql("""
                insert into team_activity (team_id, activity_date, title, people_guided, dossiers_supported, events_held,
                    digital_ambassadors, ambassador_guided, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(teamId, cmd.activityDate(), cmd.title().trim(), cmd.peopleGuided(), cmd.dossiersSupported(),
                cmd.eventsHeld(), cmd.digitalAmbassadors(), cmd.ambassadorGuided(), OffsetDateTime.now(clock),
                actor.username()).query(Long.class).single();
        events.publishEvent(new ActivityReported(id, teamId, communeId, cmd.activityDate(), cmd.dossiersSupported(),
                (long) cmd.peopleGuided() + cmd.ambassadorGuided()));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("teamId", teamId);
        state.put("date", cmd.activityDate().toString());
        state.put("title", cmd.title().trim());
        state.put("peopleGuided", cmd.peopleGuided());
        state.put("dossiersSupported", cmd.dossiersSupported());
        state.put("eventsHeld", cmd.eventsHeld());
        state.put("digitalAmbassadors", cmd.digitalAmbassadors());
        state.put("ambassadorGuided", cmd.ambassadorGuided());
        audit.record(actor.username(), "CREATE", "team_activity", id, null, state);
        return id;
    }

    /** Deletes an activity report entered by mistake. */
    @Transactional
    public void deleteActivity(Actor actor, long activityId) {
        Map<String, Object> row = jdbc.sql("""
                select a.team_id, t.commune_id, a.activity_date, a.title, a.dossiers_supported,
                    a.people_guided + a.ambassador_guided as guided
                from team_activity a join community_team t on t.id = a.team_id where a.id = ?
                """).param(activityId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        long communeId = ((Number) row.get("commune_id")).longValue();
        access.writable(actor, communeId);
        LocalDate date = ((java.sql.Date) row.get("activity_date")).toLocalDate();
        jdbc.sql("delete from team_activity where id = ?").param(activityId).update();
        events.publishEvent(new ActivityDeleted(activityId, ((Number) row.get("team_id")).longValue(), communeId, date,
                ((Number) row.get("dossiers_supported")).longValue(), ((Number) row.get("guided")).longValue()));
        audit.record(actor.username(), "DELETE", "team_activity", activityId,
                Map.of("title", row.get("title"), "date", date.toString()), null);
    }
}
