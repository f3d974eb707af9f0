package vn.bdhvs.campaign.core.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;

/** Enrolment, attendance sheets, completion and VNeID confirmation. */
@Service
public class EnrollmentService {

    private final TrainingClassRepository classes;

    private final ClassSessionRepository sessions;

    private final LearnerRepository learners;

    private final EnrollmentRepository enrollments;

    private final CommuneAccess access;

    private final CompletionRule rule;

    private final TrainingService training;

    private final CitizenIdHasher hasher;

    private final CitizenIdLookups lookups;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    EnrollmentService(TrainingClassRepository classes, ClassSessionRepository sessions, LearnerRepository learners,
            EnrollmentRepository enrollments, CommuneAccess access, CompletionRule rule, TrainingService training,
            CitizenIdHasher hasher, CitizenIdLookups lookups, JdbcClient jdbc, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.hasher = hasher;
        this.lookups = lookups;
        this.events = events;
        this.classes = classes;
        this.sessions = sessions;
        this.learners = learners;
        this.enrollments = enrollments;
        this.access = access;
        this.rule = rule;
        this.training = training;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enrols learners of the class's commune; going over capacity needs confirmation. */
    @Transactional
    public EnrollOutcome enroll(Actor actor, long classId, List<Long> learnerIds, boolean confirmOverCapacity) {
        TrainingClass trainingClass = writableClass(actor, classId);
        List<Learner> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(learnerIds)) {
            Learner learner = learners.findById(id).filter(l -> l.getCommuneId() == trainingClass.getCommuneId())
                    .orElseThrow(() -> new NotFoundException("learner", id));
            chosen.add(learner);
        }
        return enroll(actor, trainingClass, chosen, confirmOverCapacity, false);
    }

    /**
     * Enrols the person registered under a citizen ID, wherever they were registered: someone
     * from another commune or province attends a class here. Such a look-up counts towards the
     * caller's hourly limit, and an enrolment of someone outside the caller's scope is audited as
     * such. The learner keeps counting in the commune where they are registered.
     */
    @Transactional
    public EnrollOutcome enrollByCitizenId(Actor actor, long classId, String citizenId, boolean confirmOverCapacity) {
        TrainingClass trainingClass = writableClass(actor, classId);
        String hmac = hasher.hash(citizenId);
        lookups.checkAvailable(actor);
        lookups.record(actor);
        Learner learner = learners.findByCitizenIdHmac(hmac)
                .orElseThrow(() -> new DomainException("enrollment.citizenId.unknown"));
        return enroll(actor, trainingClass, List.of(learner), confirmOverCapacity,
                !access.inScope(actor, learner.getCommuneId()));
    }

    private EnrollOutcome enroll(Actor actor, TrainingClass trainingClass, List<Learner> chosen,
            boolean confirmOverCapacity, boolean outsideScope) {
        if (trainingClass.getStatus() == ClassStatus.CANCELLED) {
            throw new DomainException("class.cancelled");
        }
        long classId = trainingClass.getId();
        Set<Long> already = enrollments.findByClassId(classId).stream().map(Enrollment::getLearnerId)
                .collect(Collectors.toSet());
        List<Learner> toEnroll = chosen.stream().filter(l -> !already.contains(l.getId())).toList();
        int after = already.size() + toEnroll.size();
        if (after > trainingClass.getCapacity() && !confirmOverCapacity) {
            return new EnrollOutcome(0, Message.of("enrollment.capacity", after, trainingClass.getCapacity()), true);
        }
        LocalDate today = LocalDate.now(clock);
        for (Learner learner : toEnroll) {
            Enrollment enrollment = enrollments.save(new Enrollment(classId, learner.getId(), today));
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("classId", classId);
            state.put("learnerId", learner.getId());
            if (outsideScope) {
                state.put("byCitizenId", true);
                state.put("learnerCommuneId", learner.getCommuneId());
            }
            audit.record(actor.username(), outsideScope ? "CREATE_OUTSIDE_SCOPE" : "CREATE", "enrollment",
                    enrollment.getId(), null, state);
        }
        return new EnrollOutcome(toEnroll.size(), null, false);
    }

    @Transactional(readOnly = true)
    public AttendanceSheet sheet(Actor actor, long sessionId) {
        ClassSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        TrainingClass trainingClass = classes.findById(session.getClassId()).orElseThrow();
        CommuneSummary commune = access.readable(actor, trainingClass.getCommuneId());
        List<AttendanceSheet.Row> rows = jdbc.sql("""
                select l.id, l.full_name, l.birth_year, a.status
                from enrollment e join learner l on l.id = e.learner_id
                left join attendance a on a.session_id = ? and a.learner_id = l.id
                where e.class_id = ? order by l.name_key, l.id
                """).params(sessionId, trainingClass.getId()).query((rs, n) -> new AttendanceSheet.Row(rs.getLong(1),
                rs.getString(2), rs.getInt(3),
                rs.getString(4) == null ? null : AttendanceStatus.valueOf(rs.getString(4)))).list();
        SessionView view = training.sessionViews(trainingClass.getId()).stream().filter(s -> s.id() == sessionId)
                .findFirst().orElseThrow();
        ClassSummary summary = jdbc.sql(TrainingService.SUMMARY + " where c.id = ?").param(trainingClass.getId())
                .query((rs, n) -> TrainingService.summary(rs, LocalDate.now(clock))).single();
        return new AttendanceSheet(view, summary, commune, rows, CommuneAccess.canWrite(actor));
    }

    /**
     * Saves marks for a session in one go; every learner must be enrolled in the class. Saving
     * the same sheet twice changes nothing, so a double submit is harmless.
     */
    @Transactional
    public int recordAttendance(Actor actor, long sessionId, Map<Long, AttendanceStatus> marks) {
        ClassSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        TrainingClass trainingClass = writableClass(actor, session.getClassId());
        if (trainingClass.getStatus() == ClassStatus.CANCELLED) {
            throw new DomainException("class.cancelled");
        }
        session.checkAttendanceCanBeRecorded(LocalDate.now(clock));
        Set<Long> enrolled = enrollments.findByClassId(trainingClass.getId()).stream().map(Enrollment::getLearnerId)
                .collect(Collectors.toSet());
        for (Long learnerId : marks.keySet()) {
            if (!enrolled.contains(learnerId)) {
                String name = learners.findById(learnerId)
                        .filter(l -> l.getCommuneId() == trainingClass.getCommuneId()).map(Learner::getFullName)
                        .orElse("#" + learnerId);
                throw new DomainException("attendance.notEnrolled", name);
            }
        }
        Map<Long, String> before = new HashMap<>();
        jdbc.sql("select learner_id, status from attendance where session_id = ?").param(sessionId)
                .query(rs -> {
                    before.put(rs.getLong(1), rs.getString(2));
                });
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        marks.forEach((learnerId, status) -> {
            String old = before.get(learnerId);
            if (!status.name().equals(old)) {
                jdbc.sql("""
                        insert into attendance (session_id, learner_id, status) values (?, ?, ?)
                        on conflict (session_id, learner_id) do update set status = excluded.status
                        """).params(sessionId, learnerId, status.name()).update();
                changedBefore.put(String.valueOf(learnerId), old);
                changedAfter.put(String.valueOf(learnerId), status.name());
            }
        });
        if (!changedAfter.isEmpty()) {
            audit.record(actor.username(), "ATTENDANCE", "class_session", sessionId, changedBefore, changedAfter);
        }
        return changedAfter.size();
    }

    @Transactional
    public void complete(Actor actor, long enrollmentId, LocalDate on, String overrideNote, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        completeOne(actor, classes.findById(enrollment.getClassId()).orElseThrow(), enrollment, on, overrideNote);
    }

    @Transactional
    public void confirmVneid(Actor actor, long enrollmentId, LocalDate on, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        enrollment.confirmVneid(on, LocalDate.now(clock));
        Learner learner = learners.findById(enrollment.getLearnerId()).orElseThrow();
        LocalDate before = learner.getVneidConfirmedOn();
        learner.registerVneidConfirmation(on);
        enrollments.flush();
        new ProgressChanged.Builder().moved(learner.getCommuneId(), learner.getGroupId(),
                ProgressMetric.VNEID_CONFIRMED, before, learner.getVneidConfirmedOn(), 1)
                .publishTo(events);
        audit.record(actor.username(), "VNEID_CONFIRMED", "enrollment", enrollmentId, null,
                Map.of("on", on.toString(), "learnerId", learner.getId()));
    }

    /**
     * Finishes a class: completes, on the given day, every open enrolment that meets the
     * attendance rule; the others stay open for a decision (override) by the official.
     */
    @Transactional
    public ClassCompletion completeClass(Actor actor, long classId, LocalDate on) {
        TrainingClass trainingClass = writableClass(actor, classId);
        trainingClass.checkFinishDate(on, LocalDate.now(clock));
        int completed = 0;
        int below = 0;
        Map<Long, Integer> attended = attendedCounts(classId, on);
        int held = heldSessions(classId, on);
        for (Enrollment enrollment : enrollments.findByClassId(classId)) {
            if (enrollment.getCompletedOn() != null) {
                continue;
            }
            if (!rule.meetsAttendance(attended.getOrDefault(enrollment.getLearnerId(), 0), held)) {
                below++;
                continue;
            }
            completeOne(actor, trainingClass, enrollment, on, null);
            completed++;
        }
        LocalDate heldBefore = trainingClass.heldOn();
        trainingClass.finish(on, LocalDate.now(clock));
        classes.flush();
        new ProgressChanged.Builder().moved(trainingClass.getCommuneId(), null, ProgressMetric.CLASSES_HELD,
                heldBefore, trainingClass.heldOn(), 1)
                .publishTo(events);
        audit.record(actor.username(), "FINISH", "training_class", classId, null,
                Map.of("on", on.toString(), "completed", completed, "belowAttendance", below));
        return new ClassCompletion(completed, below);
    }

    private void completeOne(Actor actor, TrainingClass trainingClass, Enrollment enrollment, LocalDate on,
            String overrideNote) {
        int attended = attendedCounts(trainingClass.getId(), on).getOrDefault(enrollment.getLearnerId(), 0);
        enrollment.complete(on, LocalDate.now(clock), trainingClass, attended, heldSessions(trainingClass.getId(), on),
                rule, overrideNote);
        Learner learner = learners.findById(enrollment.getLearnerId()).orElseThrow();
        LocalDate before = learner.getFirstCompletedOn();
        learner.registerCompletion(on);
        enrollments.flush();
        new ProgressChanged.Builder().moved(learner.getCommuneId(), learner.getGroupId(), ProgressMetric.TRAINED,
                before, learner.getFirstCompletedOn(), 1)
                .publishTo(events);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("completedOn", on.toString());
        after.put("override", enrollment.getCompletionOverride());
        after.put("learnerId", learner.getId());
        audit.record(actor.username(), "COMPLETE", "enrollment", enrollment.getId(), null, after);
    }

    /** Withdraws a completion recorded by mistake; the learner's first completion is recalculated. */
    @Transactional
    public void undoCompletion(Actor actor, long enrollmentId, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        LocalDate was = enrollment.getCompletedOn();
        enrollment.undoCompletion();
        enrollments.flush();
        Learner learner = learners.findById(enrollment.getLearnerId()).orElseThrow();
        LocalDate before = learner.getFirstCompletedOn();
        learner.recalculateFirstCompletion(earliest("completed_on", learner.getId()));
        learners.flush();
        new ProgressChanged.Builder().moved(learner.getCommuneId(), learner.getGroupId(), ProgressMetric.TRAINED,
                before, learner.getFirstCompletedOn(), 1)
                .publishTo(events);
        audit.record(actor.username(), "UNDO_COMPLETE", "enrollment", enrollmentId,
                Map.of("completedOn", was.toString()), null);
    }

    /** Withdraws a VNeID confirmation recorded by mistake; the learner's first confirmation is recalculated. */
    @Transactional
    public void undoVneid(Actor actor, long enrollmentId, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        LocalDate was = enrollment.getVneidConfirmedOn();
        enrollment.undoVneid();
        enrollments.flush();
        Learner learner = learners.findById(enrollment.getLearnerId()).orElseThrow();
        LocalDate before = learner.getVneidConfirmedOn();
        learner.recalculateVneidConfirmation(earliest("vneid_confirmed_on", learner.getId()));
        learners.flush();
        new ProgressChanged.Builder().moved(learner.getCommuneId(), learner.getGroupId(),
                ProgressMetric.VNEID_CONFIRMED, before, learner.getVneidConfirmedOn(), 1)
                .publishTo(events);
        audit.record(actor.username(), "UNDO_VNEID", "enrollment", enrollmentId, Map.of("on", was.toString()), null);
    }

    private LocalDate earliest(String column, long learnerId) {
        return jdbc.sql("select min(" + column + ") from enrollment where learner_id = ?").param(learnerId)
                .query(LocalDate.class).optional().orElse(null);
    }

    private Map<Long, Integer> attendedCounts(long classId, LocalDate upTo) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select a.learner_id, count(*) from attendance a join class_session s on s.id = a.session_id
                where s.class_id = ? and s.session_date <= ? and a.status in ('PRESENT', 'LATE') group by a.learner_id
                """).params(classId, upTo).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    private int heldSessions(long classId, LocalDate upTo) {
        return jdbc.sql("select count(*) from class_session where class_id = ? and session_date <= ?")
                .params(classId, upTo).query(Integer.class).single();
    }

    /** The enrolment, if the caller may change it (scope first, so a guessed id reveals nothing) and nobody else did. */
    private Enrollment writableEnrollment(Actor actor, long id, long version) {
        Enrollment enrollment = enrollments.findById(id).orElseThrow(() -> new NotFoundException("enrollment", id));
        writableClass(actor, enrollment.getClassId());
        if (enrollment.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return enrollment;
    }

    private TrainingClass writableClass(Actor actor, long classId) {
        TrainingClass trainingClass = classes.findById(classId).orElseThrow(() -> new NotFoundException("class", classId));
        access.writable(actor, trainingClass.getCommuneId());
        return trainingClass;
    }
}
