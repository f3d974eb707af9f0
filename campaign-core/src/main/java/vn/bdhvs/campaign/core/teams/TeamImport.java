package vn.bdhvs.campaign.core.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.geography.VietnameseNames;

/**
 * Teams and their activity reports in bulk, for the import, with set-based SQL (arrays unnested,
 * never one statement per row). A team is the same by commune and name (case, spaces and marks
 * aside); an activity by team, date and title. The rows' communes are already resolved within the
 * importer's scope. Runs in the caller's transaction, which decides whether anything is kept.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TeamImport {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    TeamImport(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The day a team counts from (its establishment, never in the future). */
    public static LocalDate registeredOn(LocalDate establishedOn, LocalDate today) {
        return TeamRules.registeredOn(establishedOn, today);
    }

    /** An activity is reported once it took place. */
    public static void checkActivityDate(LocalDate date, LocalDate today) {
        TeamRules.checkActivityDate(date, today);
    }

    /** Per row: a new team, a change to a team's kind, members or establishment, or nothing. */
    public ImportCheck checkTeams(List<TeamRow> rows) {
        Map<String, Team> existing = teams(rows.stream().map(TeamRow::communeId).distinct().toList(), false);
        ImportCheck.Builder check = new ImportCheck.Builder();
        for (TeamRow row : rows) {
            Team team = existing.get(key(row.communeId(), row.name()));
            if (team == null) {
                check.creates.add(row.row());
            }
            else {
                (differs(team, row) ? check.updates : check.unchanged).add(row.row());
            }
        }
        return check.build();
    }

    /** Writes the teams {@link #checkTeams} accepted, except the {@code skipped} rows. */
    public void applyTeams(List<TeamRow> rows, ImportCheck check, Collection<Integer> skipped) {
        LocalDate today = LocalDate.now(clock);
        List<TeamRow> creates = chosen(rows, check.creates(), skipped, TeamRow::row);
        List<TeamRow> updates = chosen(rows, check.updates(), skipped, TeamRow::row);
        List<TeamsImported.TeamChange> changes = new ArrayList<>();
        jdbc.sql("""
                insert into community_team (commune_id, kind, name, members, established_on, registered_on)
                select * from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::int[], ?::date[], ?::date[])
                returning commune_id, registered_on, members
                """).params(creates.stream().map(TeamRow::communeId).toArray(Long[]::new),
                creates.stream().map(r -> r.kind().name()).toArray(String[]::new),
                creates.stream().map(TeamRow::name).toArray(String[]::new),
                creates.stream().map(TeamRow::members).toArray(Integer[]::new),
                creates.stream().map(r -> sqlDate(r.establishedOn())).toArray(String[]::new),
                creates.stream().map(r -> sqlDate(registeredOn(r.establishedOn(), today))).toArray(String[]::new))
                .query(rs -> {
                    changes.add(new TeamsImported.TeamChange(rs.getLong(1), null, 0,
                            rs.getObject(2, LocalDate.class), rs.getInt(3)));
                });
        Map<String, Team> locked = teams(updates.stream().map(TeamRow::communeId).distinct().toList(), true);
        List<Long> ids = new ArrayList<>();
        List<LocalDate> registered = new ArrayList<>();
        for (TeamRow row : updates) {
            Team team = locked.get(key(row.communeId(), row.name()));
            ids.add(team.id());
            LocalDate on = row.establishedOn() == null ? team.registeredOn() : registeredOn(row.establishedOn(), today);
            registered.add(on);
            changes.add(new TeamsImported.TeamChange(row.communeId(), team.registeredOn(), team.members(), on,
                    row.members()));
        }
        jdbc.sql("""
                update community_team t
                set kind = u.kind, members = u.members, established_on = coalesce(u.established_on, t.established_on),
                    registered_on = u.registered_on, version = t.version + 1
                from unnest(?::bigint[], ?::varchar[], ?::int[], ?::date[], ?::date[])
                     as u(id, kind, members, established_on, registered_on)
                where t.id = u.id
                """).params(ids.toArray(Long[]::new), updates.stream().map(r -> r.kind().name()).toArray(String[]::new),
                updates.stream().map(TeamRow::members).toArray(Integer[]::new),
                updates.stream().map(r -> sqlDate(r.establishedOn())).toArray(String[]::new),
                registered.stream().map(TeamImport::sqlDate).toArray(String[]::new)).update();
        publish(changes, List.of());
    }

    /**
     * Per row: a new report, a change to a report's figures, or nothing; a row whose team the
     * commune does not have is refused.
     */
    public ImportCheck checkActivities(List<ActivityRow> rows) {
        Map<String, Team> teams = teams(rows.stream().map(ActivityRow::communeId).distinct().toList(), false);
        Map<String, Activity> existing = activities(teams.values(), false);
        ImportCheck.Builder check = new ImportCheck.Builder();
        for (ActivityRow row : rows) {
            Team team = teams.get(key(row.communeId(), row.teamName()));
            if (team == null) {
                check.refused.put(row.row(), "import.activity.unknownTeam");
                continue;
            }
            Activity activity = existing.get(activityKey(team.id(), row.date(), row.title()));
            if (activity == null) {
                check.creates.add(row.row());
            }
            else {
                (activity.figures().equals(Figures.of(row)) ? check.unchanged : check.updates).add(row.row());
            }
        }
        return check.build();
    }

    /** Writes the reports {@link #checkActivities} accepted, except the {@code skipped} rows. */
    public void applyActivities(Actor actor, List<ActivityRow> rows, ImportCheck check, Collection<Integer> skipped) {
        List<ActivityRow> creates = chosen(rows, check.creates(), skipped, ActivityRow::row);
        List<ActivityRow> updates = chosen(rows, check.updates(), skipped, ActivityRow::row);
        Map<String, Team> teams = teams(rows.stream().map(ActivityRow::communeId).distinct().toList(), false);
        List<TeamsImported.ActivityChange> changes = new ArrayList<>();
        List<Long> teamIds = new ArrayList<>();
        for (ActivityRow row : creates) {
            teamIds.add(teams.get(key(row.communeId(), row.teamName())).id());
            changes.add(new TeamsImported.ActivityChange(row.communeId(), row.date(), row.dossiersSupported(),
                    (long) row.peopleGuided() + row.ambassadorGuided()));
        }
        jdbc.sql("""
                insert into team_activity (team_id, activity_date, title, people_guided, dossiers_supported, events_held,
                    digital_ambassadors, ambassador_guided, created_at, created_by)
                select u.*, ?, ? from unnest(?::bigint[], ?::date[], ?::varchar[], ?::int[], ?::int[], ?::int[], ?::int[],
                    ?::int[]) as u
                """).params(OffsetDateTime.now(clock), actor.username(), teamIds.toArray(Long[]::new),
                creates.stream().map(r -> sqlDate(r.date())).toArray(String[]::new),
                creates.stream().map(ActivityRow::title).toArray(String[]::new),
                creates.stream().map(ActivityRow::peopleGuided).toArray(Integer[]::new),
                creates.stream().map(ActivityRow::dossiersSupported).toArray(Integer[]::new),
                creates.stream().map(ActivityRow::eventsHeld).toArray(Integer[]::new),
                creates.stream().map(ActivityRow::digitalAmbassadors).toArray(Integer[]::new),
                creates.stream().map(ActivityRow::ambassadorGuided).toArray(Integer[]::new)).update();
        Map<String, Activity> locked = activities(teams.values(), true);
        List<Long> ids = new ArrayList<>();
        for (ActivityRow row : updates) {
            Activity was = locked.get(activityKey(teams.get(key(row.communeId(), row.teamName())).id(), row.date(),
                    row.title()));
            ids.add(was.id());
            changes.add(new TeamsImported.ActivityChange(row.communeId(), row.date(),
                    row.dossiersSupported() - was.figures().dossiersSupported(),
                    (long) row.peopleGuided() + row.ambassadorGuided() - was.figures().guided()));
        }
        jdbc.sql("""
                update team_activity a
                set people_guided = u.people_guided, dossiers_supported = u.dossiers_supported,
                    events_held = u.events_held, digital_ambassadors = u.digital_ambassadors,
                    ambassador_guided = u.ambassador_guided
                from unnest(?::bigint[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[])
                     as u(id, people_guided, dossiers_supported, events_held, digital_ambassadors, ambassador_guided)
                where a.id = u.id
                """).params(ids.toArray(Long[]::new),
                updates.stream().map(ActivityRow::peopleGuided).toArray(Integer[]::new),
                updates.stream().map(ActivityRow::dossiersSupported).toArray(Integer[]::new),
                updates.stream().map(ActivityRow::eventsHeld).toArray(Integer[]::new),
                updates.stream().map(ActivityRow::digitalAmbassadors).toArray(Integer[]::new),
                updates.stream().map(ActivityRow::ambassadorGuided).toArray(Integer[]::new)).update();
        publish(List.of(), changes);
    }

    private record Team(long id, TeamKind kind, int members, LocalDate establishedOn, LocalDate registeredOn) {
    }

    private record Figures(int peopleGuided, int dossiersSupported, int eventsHeld, int digitalAmbassadors,
            int ambassadorGuided) {

        static Figures of(ActivityRow row) {
            return new Figures(row.peopleGuided(), row.dossiersSupported(), row.eventsHeld(), row.digitalAmbassadors(),
                    row.ambassadorGuided());
        }

        long guided() {
            return (long) peopleGuided + ambassadorGuided;
        }
    }

    private record Activity(long id, Figures figures) {
    }

    /** The teams of the communes by commune and name key (the oldest of two alike); locked for an update. */
    private Map<String, Team> teams(List<Long> communeIds, boolean lock) {
        Map<String, Team> teams = new HashMap<>();
        jdbc.sql("select id, commune_id, name, kind, members, established_on, registered_on from community_team"
                + " where commune_id = any(?) order by id" + (lock ? " for update" : ""))
                .param(communeIds.toArray(Long[]::new)).query(rs -> {
                    teams.putIfAbsent(key(rs.getLong(2), rs.getString(3)), new Team(rs.getLong(1),
                            TeamKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class)));
                });
        return teams;
    }

    private Map<String, Activity> activities(Collection<Team> teams, boolean lock) {
        Map<String, Activity> activities = new HashMap<>();
        jdbc.sql("select id, team_id, activity_date, title, people_guided, dossiers_supported, events_held,"
                + " digital_ambassadors, ambassador_guided from team_activity where team_id = any(?) order by id"
                + (lock ? " for update" : "")).param(teams.stream().map(Team::id).toArray(Long[]::new)).query(rs -> {
                    activities.putIfAbsent(activityKey(rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4)), new Activity(rs.getLong(1), new Figures(rs.getInt(5), rs.getInt(6),
                                    rs.getInt(7), rs.getInt(8), rs.getInt(9))));
                });
        return activities;
    }

    private void publish(List<TeamsImported.TeamChange> teams, List<TeamsImported.ActivityChange> activities) {
        if (!teams.isEmpty() || !activities.isEmpty()) {
            events.publishEvent(new TeamsImported(teams, activities));
        }
    }

    private static boolean differs(Team team, TeamRow row) {
        return team.kind() != row.kind() || team.members() != row.members()
                || (row.establishedOn() != null && !row.establishedOn().equals(team.establishedOn()));
    }

    private static String key(long communeId, String name) {
        return communeId + ":" + VietnameseNames.key(name);
    }

    private static String activityKey(long teamId, LocalDate date, String title) {
        return teamId + ":" + date + ":" + VietnameseNames.key(title);
    }

    /** The rows among {@code wanted}, except the skipped ones. */
    private static <R> List<R> chosen(List<R> rows, List<Integer> wanted, Collection<Integer> skipped,
            ToIntFunction<R> number) {
        Set<Integer> numbers = new HashSet<>(wanted);
        numbers.removeAll(skipped);
        return rows.stream().filter(r -> numbers.contains(number.applyAsInt(r))).toList();
    }

    /** A date for a {@code date[]} parameter, sent as text. */
    private static String sqlDate(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
