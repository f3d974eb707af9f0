package vn.bdhvs.campaign.core.learners;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;
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

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    private final GeographyService geography;

    private final CitizenIdLookups lookups;

    private final AuditLog audit;

    private final Clock clock;

    LearnerImport(JdbcClient jdbc, DataSource dataSource, GeographyService geography, CitizenIdLookups lookups,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.geography = geography;
        this.lookups = lookups;
        this.audit = audit;
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
    public LearnerImportCheck check(Actor actor, List<LearnerRow> rows) {
        stage(rows);
        List<Integer> creates = new ArrayList<>();
        List<Integer> updates = new ArrayList<>();
        List<Integer> unchanged = new ArrayList<>();
        Map<Integer, String> refused = new LinkedHashMap<>();
        List<Match> matches = new ArrayList<>();
        jdbc.sql("""
                select s.row_number, s.learner_id, l.commune_id,
                       l.gender <> s.gender or l.group_id <> s.group_id
                           or (s.phone is not null and l.phone is distinct from s.phone) as differs,
                       l.group_id <> s.group_id and (l.first_completed_on is not null or l.vneid_confirmed_on is not null)
                           as locked
                from learner_stage s left join learner l on l.id = s.learner_id
                order by s.row_number
                """).query(rs -> {
                    if (rs.getObject(2) == null) {
                        creates.add(rs.getInt(1));
                    }
                    else {
                        matches.add(new Match(rs.getInt(1), rs.getLong(3), rs.getBoolean(4), rs.getBoolean(5)));
                    }
                });
        // whether each found learner is within the caller's scope, from one look-up of their provinces
        Map<Long, Long> provinces = geography.provinceOf(matches.stream().map(Match::communeId).distinct().toList());
        List<Integer> elsewhere = new ArrayList<>();
        for (Match match : matches) {
            if (!actor.scope().includesCommune(provinces.get(match.communeId()), match.communeId())) {
                elsewhere.add(match.row());
            }
            else if (match.locked()) {
                refused.put(match.row(), "import.learner.groupLocked");
            }
            else {
                (match.differs() ? updates : unchanged).add(match.row());
            }
        }
        if (!elsewhere.isEmpty()) {
            if (elsewhere.size() > lookups.perHour()) {
                throw new DomainException("import.learner.tooManyElsewhere", elsewhere.size(), lookups.perHour());
            }
            lookups.checkAvailable(actor, elsewhere.size());
            lookups.record(actor, elsewhere.size());
            elsewhere.forEach(row -> refused.put(row, "import.learner.registeredElsewhere"));
            audit.record(actor.username(), "IMPORT_CITIZEN_ID_MATCH_ELSEWHERE", "learner", null, null,
                    Map.of("rows", elsewhere.size()));
        }
        return new LearnerImportCheck(creates, updates, unchanged, refused);
    }

    /**
     * Writes the rows that {@link #check} accepted (after it, in the same transaction), except
     * those listed in {@code skipped}: creates and updates, each in one statement.
     */
    public void apply(Actor actor, LearnerImportCheck check, Collection<Integer> skipped) {
        Integer[] creates = check.creates().stream().filter(r -> !skipped.contains(r)).toArray(Integer[]::new);
        Integer[] updates = check.updates().stream().filter(r -> !skipped.contains(r)).toArray(Integer[]::new);
        jdbc.sql("""
                insert into learner (commune_id, full_name, name_key, birth_year, gender, group_id, phone,
                                     citizen_id_hmac, created_at, created_by)
                select commune_id, full_name, name_key, birth_year, gender, group_id, phone, citizen_id_hmac, ?, ?
                from learner_stage where row_number = any(?) order by row_number
                """).params(Timestamp.from(clock.instant()), actor.username(), creates).update();
        jdbc.sql("""
                update learner l set gender = s.gender, group_id = s.group_id, phone = coalesce(s.phone, l.phone),
                                     version = l.version + 1
                from learner_stage s where s.row_number = any(?) and l.id = s.learner_id
                """).param(updates).update();
    }

    /** A row that is a learner already: where they are registered and what the row would change. */
    private record Match(int row, long communeId, boolean differs, boolean locked) {
    }

    /** Copies the rows into {@code learner_stage} and finds the learner each one already is, if any. */
    private void stage(List<LearnerRow> rows) {
        jdbc.sql("""
                create temporary table learner_stage (
                    row_number int primary key, commune_id bigint not null, full_name varchar(120) not null,
                    name_key varchar(120) not null, birth_year int not null, gender varchar(10) not null,
                    group_id bigint not null, phone varchar(20), citizen_id_hmac varchar(64), learner_id bigint
                ) on commit drop
                """).update();
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        for (LearnerRow row : rows) {
            csv.append(row.row()).append(',').append(row.communeId()).append(',');
            quoted(csv, row.fullName()).append(',');
            quoted(csv, VietnameseNames.key(row.fullName())).append(',');
            csv.append(row.birthYear()).append(',').append(row.gender().name()).append(',').append(row.groupId())
                    .append(',');
            quoted(csv, row.phone()).append(',');
            quoted(csv, row.citizenIdHmac()).append('\n');
        }
        copy("copy learner_stage (row_number, commune_id, full_name, name_key, birth_year, gender, group_id, phone,"
                + " citizen_id_hmac) from stdin (format csv)", csv.toString());
        jdbc.sql("analyze learner_stage").update();
        jdbc.sql("""
                update learner_stage s set learner_id = l.id from learner l
                where s.citizen_id_hmac is not null and l.citizen_id_hmac = s.citizen_id_hmac
                """).update();
        jdbc.sql("""
                update learner_stage s set learner_id = m.id
                from (select s2.row_number, min(l.id) as id from learner_stage s2
                      join learner l on l.commune_id = s2.commune_id and l.name_key = s2.name_key
                                    and l.birth_year = s2.birth_year
                      where s2.citizen_id_hmac is null group by s2.row_number) m
                where m.row_number = s.row_number
                """).update();
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
