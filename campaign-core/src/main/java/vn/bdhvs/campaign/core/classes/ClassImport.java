package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.learners.LearnerImport;
import vn.bdhvs.campaign.core.learners.PersonRow;

/**
 * Enrolments and attendance in bulk, for the import, with set-based SQL. An enrolment is the same
 * by class and learner, a mark by session and learner: importing a sheet again changes nothing.
 * The class must be within the importer's scope and not cancelled, the session must exist and have
 * taken place, the learner must be registered. Runs in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ClassImport {

    private final JdbcClient jdbc;

    private final CommuneAccess access;

    private final LearnerImport learners;

    ClassImport(JdbcClient jdbc, CommuneAccess access, LearnerImport learners) {
        this.jdbc = jdbc;
        this.access = access;
        this.learners = learners;
    }

    /** What the rows would do, found once and kept for {@link #applyAttendance}. */
    public Plan checkAttendance(Actor actor, List<AttendanceRow> rows, LocalDate today) {
        Map<Long, ClassFacts> classes = classes(actor, rows.stream().map(AttendanceRow::classId).distinct().toList());
        ImportCheck.Builder check = new ImportCheck.Builder();
        List<AttendanceRow> usable = new ArrayList<>();
        Map<Integer, List<Long>> sessionsOfRow = new HashMap<>();
        for (AttendanceRow row : rows) {
            ClassFacts facts = classes.get(row.classId());
            String refusal = facts == null ? "import.attendance.unknownClass"
                    : facts.cancelled() ? "import.attendance.classCancelled" : null;
            List<Long> sessions = new ArrayList<>();
            for (LocalDate date : refusal == null ? row.marks().keySet() : Set.<LocalDate>of()) {
                List<Long> onDate = facts.sessions().getOrDefault(date, List.of());
                if (onDate.size() != 1) {
                    refusal = onDate.isEmpty() ? "import.attendance.noSession" : "import.attendance.sessionAmbiguous";
                }
                else if (date.isAfter(today)) {
                    refusal = "import.attendance.futureSession";
                }
                else {
                    sessions.add(onDate.get(0));
                }
            }
            if (refusal != null) {
                check.refused.put(row.row(), refusal);
            }
            else {
                usable.add(row);
                sessionsOfRow.put(row.row(), sessions);
            }
        }
        LearnerImport.Identified people = learners.identify(actor, usable.stream().map(row -> new PersonRow(row.row(),
                classes.get(row.classId()).communeId(), row.fullName(), row.birthYear(), row.citizenIdHmac())).toList(),
                "import.attendance.notRegistered");
        check.refused.putAll(people.refused());
        Set<String> enrolled = enrolled(classes.keySet());
        Map<String, AttendanceStatus> marks = marks(usable, people);
        List<Mark> changes = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        for (AttendanceRow row : usable) {
            Long learnerId = people.learners().get(row.row());
            if (learnerId == null) {
                continue;
            }
            boolean enrolling = !enrolled.contains(row.classId() + ":" + learnerId);
            boolean marking = false;
            List<LocalDate> dates = new ArrayList<>(row.marks().keySet());
            for (LocalDate date : dates) {
                long session = classes.get(row.classId()).sessions().get(date).get(0);
                AttendanceStatus status = row.marks().get(date);
                if (marks.get(session + ":" + learnerId) != status) {
                    marking = true;
                    changes.add(new Mark(row.row(), session, learnerId, status));
                }
            }
            if (enrolling) {
                enrolments.add(new Enrolment(row.row(), row.classId(), learnerId));
            }
            (enrolling ? check.creates : marking ? check.updates : check.unchanged).add(row.row());
        }
        return new Plan(check.build(), enrolments, changes);
    }

    /** Writes the enrolments and marks of {@code plan}, except the {@code skipped} rows. */
    public void applyAttendance(Plan plan, Collection<Integer> skipped, LocalDate today) {
        List<Enrolment> enrolments = plan.enrolments().stream().filter(e -> !skipped.contains(e.row())).toList();
        List<Mark> marks = plan.marks().stream().filter(m -> !skipped.contains(m.row())).toList();
        jdbc.sql("""
                insert into enrollment (class_id, learner_id, enrolled_on)
                select u.class_id, u.learner_id, ? from unnest(?::bigint[], ?::bigint[]) as u(class_id, learner_id)
                on conflict (class_id, learner_id) do nothing
                """).params(today, enrolments.stream().map(Enrolment::classId).toArray(Long[]::new),
                enrolments.stream().map(Enrolment::learnerId).toArray(Long[]::new)).update();
        jdbc.sql("""
                insert into attendance (session_id, learner_id, status)
                select * from unnest(?::bigint[], ?::bigint[], ?::varchar[])
                on conflict (session_id, learner_id) do update set status = excluded.status
                """).params(marks.stream().map(Mark::sessionId).toArray(Long[]::new),
                marks.stream().map(Mark::learnerId).toArray(Long[]::new),
                marks.stream().map(m -> m.status().name()).toArray(String[]::new)).update();
    }

    /** What {@link #checkAttendance} found: the verdict per row, and the enrolments and marks to write. */
    public record Plan(ImportCheck check, List<Enrolment> enrolments, List<Mark> marks) {

        public Plan {
            enrolments = List.copyOf(enrolments);
            marks = List.copyOf(marks);
        }
    }

    public record Enrolment(int row, long classId, long learnerId) {
    }

    public record Mark(int row, long sessionId, long learnerId, AttendanceStatus status) {
    }

    private record ClassFacts(long communeId, boolean cancelled, Map<LocalDate, List<Long>> sessions) {
    }

    /** The classes the caller may write to, with their sessions by date; the others are left out. */
    private Map<Long, ClassFacts> classes(Actor actor, List<Long> ids) {
        Map<Long, Long> communes = new HashMap<>();
        Map<Long, Boolean> cancelled = new HashMap<>();
        jdbc.sql("select id, commune_id, status from training_class where id = any(?)")
                .param(ids.toArray(Long[]::new)).query(rs -> {
                    communes.put(rs.getLong(1), rs.getLong(2));
                    cancelled.put(rs.getLong(1), ClassStatus.valueOf(rs.getString(3)) == ClassStatus.CANCELLED);
                });
        Map<Long, Boolean> writable = new HashMap<>();
        communes.values().stream().distinct()
                .forEach(commune -> writable.put(commune, CommuneAccess.canWrite(actor) && access.inScope(actor, commune)));
        Map<Long, ClassFacts> classes = new HashMap<>();
        communes.forEach((id, commune) -> {
            if (writable.get(commune)) {
                classes.put(id, new ClassFacts(commune, cancelled.get(id), new HashMap<>()));
            }
        });
        jdbc.sql("select class_id, session_date, id from class_session where class_id = any(?) order by id")
                .param(classes.keySet().toArray(Long[]::new)).query(rs -> {
                    classes.get(rs.getLong(1)).sessions().computeIfAbsent(rs.getObject(2, LocalDate.class),
                            date -> new ArrayList<>()).add(rs.getLong(3));
                });
        return classes;
    }

    private Set<String> enrolled(Collection<Long> classIds) {
        Set<String> enrolled = new HashSet<>();
        jdbc.sql("select class_id, learner_id from enrollment where class_id = any(?)")
                .param(classIds.toArray(Long[]::new)).query(rs -> {
                    enrolled.add(rs.getLong(1) + ":" + rs.getLong(2));
                });
        return enrolled;
    }

    /** The marks recorded so far for the rows' learners, by session and learner. */
    private Map<String, AttendanceStatus> marks(List<AttendanceRow> rows, LearnerImport.Identified people) {
        Map<String, AttendanceStatus> marks = new HashMap<>();
        Long[] learnerIds = rows.stream().map(r -> people.learners().get(r.row())).filter(id -> id != null)
                .distinct().toArray(Long[]::new);
        jdbc.sql("""
                select a.session_id, a.learner_id, a.status from attendance a
                join class_session s on s.id = a.session_id
                where a.learner_id = any(?) and s.class_id = any(?)
                """).params(learnerIds, rows.stream().map(AttendanceRow::classId).distinct().toArray(Long[]::new))
                .query(rs -> {
                    marks.put(rs.getLong(1) + ":" + rs.getLong(2), AttendanceStatus.valueOf(rs.getString(3)));
                });
        return marks;
    }
}
