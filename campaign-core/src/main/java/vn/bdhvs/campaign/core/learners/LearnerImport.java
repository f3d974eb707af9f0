package vn.bdhvs.campaign.core.learners;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.VietnameseNames;

/**
 * Learners in bulk, for the import: rows are streamed with {@code COPY} into a staging table of
 * the transaction and matched and written with set-based SQL, never one statement per row. A
 * person is the same by citizen-ID HMAC, or, without one, by name, birth year and commune.
 * Runs inside the caller's transaction ({@link Propagation#MANDATORY}): the import decides
 * whether it commits (an import) or rolls back (a dry run).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LearnerImport {

    /**
     * The learner a staged row matched, joined by one probe of the primary key per row: the
     * subquery's {@code offset 0} keeps the planner from merging the whole table instead.
     */
    private static final String FOUND = "left join lateral (select * from learner where id = s.learner_id offset 0) l on true";

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    private final GeographyService geography;

    private final CitizenIdLookups lookups;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    LearnerImport(JdbcClient jdbc, DataSource dataSource, GeographyService geography, CitizenIdLookups lookups,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.geography = geography;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** Learners are 10 to 110 years old in the year they are registered. */
    public static void checkBirthYear(int birthYear, int currentYear) {
        Learner.checkBirthYear(birthYear, currentYear);
    }

    /**
     * What the rows would do. A person found by citizen ID outside the caller's scope is refused
     * without saying where (as a single registration would), and each such find counts towards
     * the caller's hourly citizen-ID look-ups: a file cannot be used to probe other provinces.
     */
    public ImportCheck check(Actor actor, List<LearnerRow> rows) {
        jdbc.sql("""
                create temporary table learner_stage (
                    row_number int primary key, commune_id bigint not null, full_name varchar(120) not null,
                    name_key varchar(120) not null, birth_year int not null, gender varchar(10) not null,
                    group_id bigint not null, phone varchar(20), citizen_id_hmac varchar(64), learner_id bigint
                ) on commit drop
                """).update();
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        for (LearnerRow row : rows) {
            person(csv, row.row(), row.communeId(), row.fullName(), row.nameKey(), row.birthYear()).append(',');
            csv.append(row.gender().name()).append(',').append(row.groupId()).append(',');
            quoted(csv, row.phone()).append(',');
            quoted(csv, row.citizenIdHmac()).append('\n');
        }
        copy("copy learner_stage (row_number, commune_id, full_name, name_key, birth_year, gender, group_id, phone,"
                + " citizen_id_hmac) from stdin (format csv)", csv.toString());
        match(actor, "learner_stage");
        ImportCheck.Builder result = new ImportCheck.Builder();
        List<Match> matches = new ArrayList<>();
        jdbc.sql("""
                select s.row_number, s.learner_id, l.commune_id, s.citizen_id_hmac,
                       l.gender <> s.gender or l.group_id <> s.group_id
                           or (s.phone is not null and l.phone is distinct from s.phone) as differs,
                       l.group_id <> s.group_id and (l.first_completed_on is not null or l.vneid_confirmed_on is not null)
                           as locked
                from learner_stage s %s
                order by s.row_number
                """.formatted(FOUND)).query(rs -> {
                    if (rs.getObject(2) == null) {
                        result.creates.add(rs.getInt(1));
                    }
                    else {
                        matches.add(new Match(rs.getInt(1), rs.getLong(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)));
                    }
                });
        for (Match match : inScope(actor, matches, result)) {
            if (match.locked()) {
                result.refused.put(match.row(), "import.learner.groupLocked");
            }
            else {
                (match.differs() ? result.updates : result.unchanged).add(match.row());
            }
        }
        return result.build();
    }

    /**
     * Writes the rows that {@link #check} accepted (after it, in the same transaction), except
     * those listed in {@code skipped}: creates and updates, each in one statement.
     */
    public void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        Integer[] updates = check.updates().stream().filter(r -> !skipped.contains(r)).toArray(Integer[]::new);
        // the rows to create are those that matched nobody (refused rows always matched someone)
        jdbc.sql("""
                insert into learner (commune_id, full_name, name_key, birth_year, gender, group_id, phone,
                                     citizen_id_hmac, created_at, created_by)
                select commune_id, full_name, name_key, birth_year, gender, group_id, phone, citizen_id_hmac, ?, ?
                from learner_stage where learner_id is null order by row_number
                """).params(Timestamp.from(clock.instant()), actor.username()).update();
        jdbc.sql("""
                update learner l set gender = s.gender, group_id = s.group_id, phone = coalesce(s.phone, l.phone),
                                     version = l.version + 1
                from learner_stage s where s.row_number = any(?) and l.id = s.learner_id
                """).param(updates).update();
    }

    /**
     * What completions from outside the platform's classes would do: each row's person must be
     * registered within the caller's scope (else the row is refused); a row updates a learner when
     * one of its dates is earlier than the one recorded from outside so far.
     */
    public ImportCheck checkCompletions(Actor actor, List<CompletionRow> rows) {
        jdbc.sql("""
                create temporary table completion_stage (
                    row_number int primary key, commune_id bigint not null, full_name varchar(120) not null,
                    name_key varchar(120) not null, birth_year int not null, citizen_id_hmac varchar(64),
                    completed_on date, vneid_confirmed_on date, learner_id bigint
                ) on commit drop
                """).update();
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        for (CompletionRow row : rows) {
            person(csv, row.row(), row.communeId(), row.fullName(), VietnameseNames.key(row.fullName()), row.birthYear()).append(',');
            quoted(csv, row.citizenIdHmac()).append(',');
            csv.append(row.completedOn() == null ? "" : row.completedOn()).append(',');
            csv.append(row.vneidConfirmedOn() == null ? "" : row.vneidConfirmedOn()).append('\n');
        }
        copy("copy completion_stage (row_number, commune_id, full_name, name_key, birth_year, citizen_id_hmac,"
                + " completed_on, vneid_confirmed_on) from stdin (format csv)", csv.toString());
        match(actor, "completion_stage");
        ImportCheck.Builder result = new ImportCheck.Builder();
        List<Match> matches = new ArrayList<>();
        jdbc.sql("""
                select s.row_number, s.learner_id, l.commune_id, s.citizen_id_hmac,
                       s.completed_on < coalesce(l.platform_completed_on, 'infinity')
                           or s.vneid_confirmed_on < coalesce(l.platform_vneid_confirmed_on, 'infinity') as differs
                from completion_stage s %s
                order by s.row_number
                """.formatted(FOUND)).query(rs -> {
                    if (rs.getObject(2) == null) {
                        result.refused.put(rs.getInt(1), "import.completion.notRegistered");
                    }
                    else {
                        matches.add(new Match(rs.getInt(1), rs.getLong(3), rs.getString(4), rs.getBoolean(5), false));
                    }
                });
        for (Match match : inScope(actor, matches, result)) {
            (match.differs() ? result.updates : result.unchanged).add(match.row());
        }
        return result.build();
    }

    /**
     * Records the completions that {@link #checkCompletions} accepted, except the {@code skipped}
     * rows: each learner's outside dates become the earliest known, and so may their first
     * completion and confirmation, which the counters follow ({@link LearnersProgressed}).
     */
    public void applyCompletions(ImportCheck check, Collection<Integer> skipped) {
        Integer[] updates = check.updates().stream().filter(r -> !skipped.contains(r)).toArray(Integer[]::new);
        // the learners are locked first, so that the dates read before the change are the ones it changes
        Map<Long, LocalDate[]> before = new HashMap<>();
        jdbc.sql("""
                select l.id, l.first_completed_on, l.vneid_confirmed_on from learner l
                where l.id in (select learner_id from completion_stage where row_number = any(?))
                order by l.id for update
                """).param(updates).query(rs -> {
                    before.put(rs.getLong(1), new LocalDate[] { rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class) });
                });
        List<LearnersProgressed.Change> changes = new ArrayList<>();
        jdbc.sql("""
                update learner l
                set platform_completed_on = least(l.platform_completed_on, s.completed_on),
                    first_completed_on = least(l.first_completed_on, s.completed_on),
                    platform_vneid_confirmed_on = least(l.platform_vneid_confirmed_on, s.vneid_confirmed_on),
                    vneid_confirmed_on = least(l.vneid_confirmed_on, s.vneid_confirmed_on),
                    version = l.version + 1
                from (select learner_id, min(completed_on) as completed_on, min(vneid_confirmed_on) as vneid_confirmed_on
                      from completion_stage where row_number = any(?) group by learner_id) s
                where l.id = s.learner_id
                returning l.id, l.commune_id, l.group_id, l.first_completed_on, l.vneid_confirmed_on
                """).param(updates).query(rs -> {
                    LocalDate[] was = before.get(rs.getLong(1));
                    changes.add(new LearnersProgressed.Change(rs.getLong(2), rs.getLong(3), was[0],
                            rs.getObject(4, LocalDate.class), was[1], rs.getObject(5, LocalDate.class)));
                });
        if (!changes.isEmpty()) {
            events.publishEvent(new LearnersProgressed(changes));
        }
    }

    /**
     * The registered learner each row names, within the caller's scope. A row naming nobody is
     * refused with {@code notFoundCode}; one naming a learner of another scope is refused as
     * registered elsewhere, as in {@link #check}.
     */
    public Identified identify(Actor actor, List<PersonRow> people, String notFoundCode) {
        jdbc.sql("""
                create temporary table person_stage (
                    row_number int primary key, commune_id bigint not null, full_name varchar(120) not null,
                    name_key varchar(120) not null, birth_year int not null, citizen_id_hmac varchar(64),
                    learner_id bigint
                ) on commit drop
                """).update();
        StringBuilder csv = new StringBuilder(people.size() * 64);
        for (PersonRow person : people) {
            person(csv, person.row(), person.communeId(), person.fullName(), VietnameseNames.key(person.fullName()),
                    person.birthYear()).append(',');
            quoted(csv, person.citizenIdHmac()).append('\n');
        }
        copy("copy person_stage (row_number, commune_id, full_name, name_key, birth_year, citizen_id_hmac)"
                + " from stdin (format csv)", csv.toString());
        match(actor, "person_stage");
        ImportCheck.Builder refusals = new ImportCheck.Builder();
        List<Match> matches = new ArrayList<>();
        Map<Integer, Long> found = new HashMap<>();
        jdbc.sql("""
                select s.row_number, s.learner_id, l.commune_id, s.citizen_id_hmac
                from person_stage s %s order by s.row_number
                """.formatted(FOUND)).query(rs -> {
                    if (rs.getObject(2) == null) {
                        refusals.refused.put(rs.getInt(1), notFoundCode);
                    }
                    else {
                        found.put(rs.getInt(1), rs.getLong(2));
                        matches.add(new Match(rs.getInt(1), rs.getLong(3), rs.getString(4), false, false));
                    }
                });
        Map<Integer, Long> learners = new HashMap<>();
        for (Match match : inScope(actor, matches, refusals)) {
            learners.put(match.row(), found.get(match.row()));
        }
        return new Identified(learners, refusals.build().refused());
    }

    /** The learner of each row found, and the rows refused with why. */
    public record Identified(Map<Integer, Long> learners, Map<Integer, String> refused) {

        public Identified {
            learners = Map.copyOf(learners);
            refused = Map.copyOf(refused);
        }
    }

    /** A row that is a learner already: where they are registered and what the row would change. */
    private record Match(int row, long communeId, String citizenIdHmac, boolean differs, boolean locked) {
    }

    /** The start of a staged row: its number, commune, name, name key and birth year. */
    private static StringBuilder person(StringBuilder csv, int row, long communeId, String fullName, String nameKey,
            int birthYear) {
        csv.append(row).append(',').append(communeId).append(',');
        quoted(csv, fullName).append(',');
        quoted(csv, nameKey).append(',');
        return csv.append(birthYear);
    }

    /**
     * Finds the learner each staged row already is, if any: by citizen-ID HMAC, else by commune,
     * name and birth year. A file with citizen IDs is refused before any is looked for once the
     * caller has used up the hour's look-ups, whoever the IDs belong to.
     */
    private void match(Actor actor, String stage) {
        if (jdbc.sql("select exists (select 1 from " + stage + " where citizen_id_hmac is not null)")
                .query(Boolean.class).single()) {
            lookups.requireAvailable(actor);
        }
        // one index probe per row, so that the cost follows the file and not the 3 million learners
        // of a large province (a hash join would read the whole table twice)
        jdbc.sql("update " + stage + """
                 s set learner_id = (select l.id from learner l where l.citizen_id_hmac = s.citizen_id_hmac)
                where s.citizen_id_hmac is not null
                """).update();
        jdbc.sql("update " + stage + """
                 s set learner_id = (select l.id from learner l where l.commune_id = s.commune_id
                                         and l.name_key = s.name_key and l.birth_year = s.birth_year
                                     order by l.id limit 1)
                where s.citizen_id_hmac is null
                """).update();
        // the writes that follow join the stage to the learners: the planner needs its statistics
        jdbc.sql("analyze " + stage).update();
    }

    /**
     * The matches within the caller's scope, from one look-up of their provinces. The others are
     * refused as registered elsewhere, without saying where; each counts as a citizen-ID look-up
     * (in a transaction of its own: a dry run's look-ups count too). When the hour's look-ups do not
     * cover them all, the whole file is refused with the same message as an exhausted limit.
     */
    private List<Match> inScope(Actor actor, List<Match> matches, ImportCheck.Builder result) {
        Map<Long, Long> provinces = matches.isEmpty() ? Map.of()
                : geography.provinceOf(matches.stream().map(Match::communeId).distinct().toList());
        List<Match> within = new ArrayList<>();
        Map<Integer, String> elsewhere = new HashMap<>();
        for (Match match : matches) {
            if (actor.scope().includesCommune(provinces.get(match.communeId()), match.communeId())) {
                within.add(match);
            }
            else {
                elsewhere.put(match.row(), match.citizenIdHmac());
            }
        }
        if (!elsewhere.isEmpty()) {
            lookups.spend(actor, elsewhere.values(), "IMPORT_CITIZEN_ID_MATCH_ELSEWHERE");
            elsewhere.keySet().forEach(row -> result.refused.put(row, "import.learner.registeredElsewhere"));
        }
        return within;
    }

    private void copy(String sql, String csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
        }
        catch (SQLException | IOException ex) {
            throw new IllegalStateException("Copying the learners into the staging table failed", ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A CSV field for COPY: null stays empty and unquoted, text is quoted with quotes doubled. */
    private static StringBuilder quoted(StringBuilder csv, String value) {
        if (value != null) {
            csv.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return csv;
    }
}
