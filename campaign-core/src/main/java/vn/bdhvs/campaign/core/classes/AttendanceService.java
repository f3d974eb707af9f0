package vn.bdhvs.campaign.core.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.learners.LearnerDirectory;
import vn.bdhvs.campaign.core.learners.LearnerRef;

/** Attendance sheets: a session's marks, one per enrolled learner. */
@Service
public class AttendanceService {

    private final TrainingClassRepository classes;

    private final ClassSessionRepository sessions;

    private final EnrollmentRepository enrollments;

    private final ClassQueries queries;

    private final LearnerDirectory learners;

    private final CommuneAccess access;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    AttendanceService(TrainingClassRepository classes, ClassSessionRepository sessions,
            EnrollmentRepository enrollments, ClassQueries queries, LearnerDirectory learners, CommuneAccess access,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.classes = classes;
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.queries = queries;
        this.learners = learners;
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AttendanceSheet sheet(Actor actor, long sessionId) {
        ClassSession session = session(sessionId);
        TrainingClass trainingClass = classes.findById(session.getClassId()).orElseThrow();
        CommuneSummary commune = access.readable(actor, trainingClass.getCommuneId());
        SessionView view = queries.sessions(trainingClass.getId()).stream().filter(s -> s.id() == sessionId)
                .findFirst().orElseThrow();
        return new AttendanceSheet(view, queries.summary(trainingClass.getId(), LocalDate.now(clock)), commune,
                queries.sheet(sessionId, trainingClass.getId()), CommuneAccess.canWrite(actor));
    }

    /**
     * Saves marks for a session in one go; every learner must be enrolled in the class. Saving
     * the same sheet twice changes nothing, so a double submit is harmless. Returns how many
     * marks changed.
     */
    @Transactional
    public int record(Actor actor, long sessionId, Map<Long, AttendanceStatus> marks) {
        ClassSession session = session(sessionId);
        TrainingClass trainingClass = classes.findById(session.getClassId()).orElseThrow();
        access.writable(actor, trainingClass.getCommuneId());
        trainingClass.checkAttendance(session, LocalDate.now(clock));
        Set<Long> enrolled = enrollments.findByClassId(trainingClass.getId()).stream().map(Enrollment::getLearnerId)
                .collect(Collectors.toSet());
        for (Long learnerId : marks.keySet()) {
            if (!enrolled.contains(learnerId)) {
                String name = learners.refs(List.of(learnerId)).stream()
                        .filter(l -> l.communeId() == trainingClass.getCommuneId()).map(LearnerRef::fullName)
                        .findFirst().orElse("#" + learnerId);
                throw new DomainException("attendance.notEnrolled", name);
            }
        }
        Map<Long, AttendanceStatus> before = queries.marks(sessionId);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        marks.forEach((learnerId, status) -> {
            AttendanceStatus old = before.get(learnerId);
            if (status != old) {
                changedBefore.put(String.valueOf(learnerId), old == null ? null : old.name());
                changedAfter.put(String.valueOf(learnerId), status.name());
            }
        });
        if (changedAfter.isEmpty()) {
            return 0;
        }
        // one statement for the whole sheet, however many learners
        jdbc.sql("""
                insert into attendance (session_id, learner_id, status)
                select :session, m.learner_id, m.status
                from unnest(cast(:learners as bigint[]), cast(:statuses as text[])) as m (learner_id, status)
                on conflict (session_id, learner_id) do update set status = excluded.status
                """).param("session", sessionId)
                .param("learners", changedAfter.keySet().stream().map(Long::valueOf).toArray(Long[]::new))
                .param("statuses", changedAfter.values().stream().map(String::valueOf).toArray(String[]::new))
                .update();
        audit.record(actor.username(), "ATTENDANCE", "class_session", sessionId, changedBefore, changedAfter);
        return changedAfter.size();
    }

    private ClassSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    }
}
