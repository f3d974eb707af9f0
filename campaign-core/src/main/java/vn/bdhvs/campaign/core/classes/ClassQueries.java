package vn.bdhvs.campaign.core.classes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.learners.LearnerDirectory;
import vn.bdhvs.campaign.core.learners.LearnerRef;

/** The reads of the classes feature: its tables only; learners' names come from the learners feature. */
@Component
class ClassQueries {

    private static final String SUMMARY = """
            select c.id, c.title, c.topic, c.format, c.organiser, c.start_date, c.end_date, c.place, c.capacity,
                c.status,
                (select count(*) from enrollment e where e.class_id = c.id) as enrolled,
                (select count(*) from class_session s where s.class_id = c.id) as sessions,
                (select count(*) from enrollment e where e.class_id = c.id and e.completed_on is not null) as completed
            from training_class c
            """;

    private final JdbcClient jdbc;

    private final LearnerDirectory learners;

    ClassQueries(JdbcClient jdbc, LearnerDirectory learners) {
        this.jdbc = jdbc;
        this.learners = learners;
    }

    ClassSummary summary(long classId, LocalDate today) {
        return jdbc.sql(SUMMARY + " where c.id = ?").param(classId).query((rs, n) -> summary(rs, today)).single();
    }

    List<ClassSummary> summaries(String where, List<Object> params, LocalDate today) {
        return jdbc.sql(SUMMARY + where).params(params).query((rs, n) -> summary(rs, today)).list();
    }

    long count(String where, List<Object> params) {
        return jdbc.sql("select count(*) from training_class c" + where).params(params).query(Long.class).single();
    }

    List<SessionView> sessions(long classId) {
        return jdbc.sql("""
                select s.id, s.session_date, s.start_time,
                    (select count(*) from attendance a where a.session_id = s.id),
                    (select count(*) from attendance a where a.session_id = s.id and a.status in ('PRESENT', 'LATE'))
                from class_session s where s.class_id = ? order by s.session_date, s.start_time nulls first
                """).param(classId).query((rs, n) -> new SessionView(rs.getLong(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalTime.class), rs.getInt(4), rs.getInt(5))).list();
    }

    /** The class's enrolments in the order of the learners' names, with the sessions each attended. */
    List<EnrollmentView> enrollments(long classId) {
        Map<Long, Integer> attended = attended(classId, null);
        Map<Long, Enrolled> byLearner = new HashMap<>();
        jdbc.sql("""
                select id, learner_id, completed_on, completion_override, vneid_confirmed_on, version
                from enrollment where class_id = ?
                """).param(classId).query(rs -> {
                    byLearner.put(rs.getLong(2), new Enrolled(rs.getLong(1), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getLong(6)));
                });
        List<EnrollmentView> views = new ArrayList<>();
        for (LearnerRef l : learners.refs(byLearner.keySet())) {
            Enrolled e = byLearner.get(l.id());
            views.add(new EnrollmentView(e.id(), l.id(), l.fullName(), l.birthYear(), l.groupId(),
                    attended.getOrDefault(l.id(), 0), e.completedOn(), e.override(), e.vneidConfirmedOn(),
                    e.version()));
        }
        return views;
    }

    /** The session's sheet rows: every enrolled learner, in the order of their names, with their mark. */
    List<AttendanceSheet.Row> sheet(long sessionId, long classId) {
        Map<Long, AttendanceStatus> marks = marks(sessionId);
        List<Long> enrolled = jdbc.sql("select learner_id from enrollment where class_id = ?").param(classId)
                .query(Long.class).list();
        return learners.refs(enrolled).stream()
                .map(l -> new AttendanceSheet.Row(l.id(), l.fullName(), l.birthYear(), marks.get(l.id()))).toList();
    }

    Map<Long, AttendanceStatus> marks(long sessionId) {
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        jdbc.sql("select learner_id, status from attendance where session_id = ?").param(sessionId).query(rs -> {
            marks.put(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2)));
        });
        return marks;
    }

    /** Sessions attended (present or late) per learner, up to a day (or all if null). */
    Map<Long, Integer> attended(long classId, LocalDate upTo) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select a.learner_id, count(*) from attendance a join class_session s on s.id = a.session_id
                where s.class_id = ? and (cast(? as date) is null or s.session_date <= ?)
                  and a.status in ('PRESENT', 'LATE') group by a.learner_id
                """).params(classId, upTo, upTo).query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    int heldSessions(long classId, LocalDate upTo) {
        return jdbc.sql("select count(*) from class_session where class_id = ? and session_date <= ?")
                .params(classId, upTo).query(Integer.class).single();
    }

    /** The learner's earliest completion (or VNeID confirmation) left in any class. */
    LocalDate earliestCompletion(long learnerId) {
        return jdbc.sql("select min(completed_on) from enrollment where learner_id = ?").param(learnerId)
                .query(LocalDate.class).optional().orElse(null);
    }

    LocalDate earliestVneidConfirmation(long learnerId) {
        return jdbc.sql("select min(vneid_confirmed_on) from enrollment where learner_id = ?").param(learnerId)
                .query(LocalDate.class).optional().orElse(null);
    }

    ClassFigures figures(long communeId) {
        return jdbc.sql("""
                select
                  (select count(*) from training_class where commune_id = :c and status <> 'CANCELLED'),
                  (select count(*) from class_session s join training_class t on t.id = s.class_id
                     where t.commune_id = :c and t.status <> 'CANCELLED'),
                  (select count(*) from enrollment e join training_class t on t.id = e.class_id where t.commune_id = :c)
                """).param("c", communeId).query((rs, n) -> new ClassFigures(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    CommuneGaps gaps(long communeId, LocalDate today) {
        List<CommuneGaps.SessionGap> sessions = jdbc.sql("""
                select c.id, c.title, s.id, s.session_date from class_session s join training_class c on c.id = s.class_id
                where c.commune_id = ? and c.status <> 'CANCELLED' and s.session_date < ?
                  and exists (select 1 from enrollment e where e.class_id = c.id)
                  and not exists (select 1 from attendance a where a.session_id = s.id)
                order by s.session_date, c.id limit 50
                """).params(communeId, today).query((rs, n) -> new CommuneGaps.SessionGap(rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class))).list();
        List<CommuneGaps.ClassGap> open = jdbc.sql("""
                select c.id, c.title, c.end_date, count(*) from enrollment e join training_class c on c.id = e.class_id
                where c.commune_id = ? and c.status <> 'CANCELLED' and c.end_date < ? and e.completed_on is null
                group by c.id order by c.end_date limit 50
                """).params(communeId, today).query((rs, n) -> new CommuneGaps.ClassGap(rs.getLong(1),
                rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4))).list();
        return new CommuneGaps(sessions, open);
    }

    /** A class as of {@code today}: a planned class whose start date has come is running. */
    private static ClassSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        return new ClassSummary(rs.getLong("id"), rs.getString("title"), Topic.valueOf(rs.getString("topic")),
                ClassFormat.valueOf(rs.getString("format")), Organiser.valueOf(rs.getString("organiser")), start,
                rs.getObject("end_date", LocalDate.class), rs.getString("place"), rs.getInt("capacity"),
                ClassStatus.valueOf(rs.getString("status")).asOf(start, today), rs.getInt("enrolled"),
                rs.getInt("sessions"), rs.getInt("completed"));
    }

    private record Enrolled(long id, LocalDate completedOn, String override, LocalDate vneidConfirmedOn,
            long version) {
    }

    /** The commune holding a class; empty when there is no such class. */
    Optional<Long> communeOfClass(long classId) {
        return jdbc.sql("select commune_id from training_class where id = ?").param(classId).query(Long.class)
                .optional();
    }

    /** The commune holding a class session; empty when there is no such session. */
    Optional<Long> communeOfSession(long sessionId) {
        return jdbc.sql("""
                select t.commune_id from class_session s join training_class t on t.id = s.class_id where s.id = ?
                """).param(sessionId).query(Long.class).optional();
    }
}
