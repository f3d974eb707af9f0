package vn.bdhvs.campaign.core.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.learners.LearnerDirectory;
import vn.bdhvs.campaign.core.learners.LearnerProgress;
import vn.bdhvs.campaign.core.learners.LearnerRef;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.learners.Registration;

/**
 * Enrolment, completion and VNeID confirmation. A completion or confirmation is
 * recorded on the enrolment and reported to the learner, who raises the event the progress
 * counters follow.
 */
@Service
public class EnrollmentService {

    private final TrainingClassRepository classes;

    private final EnrollmentRepository enrollments;

    private final ClassQueries queries;

    private final LearnerDirectory learners;

    private final LearnerService registrations;

    private final LearnerProgress learnerProgress;

    private final CommuneAccess access;

    private final CompletionRule rule;

    private final AuditLog audit;

    private final Clock clock;

    EnrollmentService(TrainingClassRepository classes, EnrollmentRepository enrollments, ClassQueries queries,
            LearnerDirectory learners, LearnerService registrations, LearnerProgress learnerProgress, CommuneAccess access,
            CompletionRule rule, AuditLog audit, Clock clock) {
        this.classes = classes;
        this.enrollments = enrollments;
        this.queries = queries;
        this.learners = learners;
        this.registrations = registrations;
        this.learnerProgress = learnerProgress;
        this.access = access;
        this.rule = rule;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a learner and, when the form names a class, enrols them in it (over capacity if need
     * be), in one transaction: a class the caller may not write to, or one that takes no learners,
     * refuses the registration too, so nothing is half-saved. A duplicate is not enrolled: the
     * official chooses what to do with it.
     */
    @Transactional
    public Registration registerAndEnroll(Actor actor, String communeCode, RegisterLearnerCmd cmd) {
        Registration registration = registrations.register(actor, communeCode, cmd);
        if (!registration.duplicate() && cmd.classId() != null) {
            enroll(actor, cmd.classId(), List.of(registration.learner().id()), true);
        }
        return registration;
    }

    /** Enrols learners of the class's commune; going over capacity needs confirmation. */
    @Transactional
    public EnrollOutcome enroll(Actor actor, long classId, List<Long> learnerIds, boolean confirmOverCapacity) {
        TrainingClass trainingClass = writableClass(actor, classId);
        return enroll(actor, trainingClass, learners.inCommune(trainingClass.getCommuneId(), learnerIds),
                confirmOverCapacity);
    }

    /**
     * Enrols the person registered under a citizen ID, wherever they were registered: someone
     * from another commune or province attends a class here. Such a look-up counts towards the
     * caller's hourly limit, and an enrolment of someone outside the caller's scope is audited as
     * such. The learner keeps counting in the commune where they are registered. Someone outside
     * the caller's scope is enrolled only under the full name they are registered with (case and
     * spacing aside), as the person in front of the official gives it: the class then shows no
     * name the official did not already know, and a citizen ID alone reveals no one.
     */
    @Transactional
    public EnrollOutcome enrollByCitizenId(Actor actor, long classId, String citizenId, String fullName,
            boolean confirmOverCapacity) {
        TrainingClass trainingClass = writableClass(actor, classId);
        LearnerRef learner = learners.findByCitizenId(actor, citizenId);
        if (!access.inScope(actor, learner.communeId())
                && !learner.nameKey().equals(VietnameseNames.key(fullName))) {
            throw new DomainException("enrollment.citizenId.nameMismatch");
        }
        return enroll(actor, trainingClass, List.of(learner), confirmOverCapacity);
    }

    private EnrollOutcome enroll(Actor actor, TrainingClass trainingClass, List<LearnerRef> chosen,
            boolean confirmOverCapacity) {
        long classId = trainingClass.getId();
        Set<Long> already = enrollments.findByClassId(classId).stream().map(Enrollment::getLearnerId)
                .collect(Collectors.toSet());
        List<LearnerRef> toEnroll = chosen.stream().filter(l -> !already.contains(l.id())).toList();
        Message overCapacity = trainingClass.checkEnrollment(already.size(), toEnroll.size(), confirmOverCapacity);
        if (overCapacity != null) {
            return new EnrollOutcome(0, overCapacity, true);
        }
        LocalDate today = LocalDate.now(clock);
        for (LearnerRef learner : toEnroll) {
            Enrollment enrollment = enrollments.save(new Enrollment(classId, learner.id(), today));
            boolean outsideScope = !access.inScope(actor, learner.communeId());
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("classId", classId);
            state.put("learnerId", learner.id());
            if (outsideScope) {
                state.put("byCitizenId", true);
                state.put("learnerCommuneId", learner.communeId());
            }
            audit.record(actor.username(), outsideScope ? "CREATE_OUTSIDE_SCOPE" : "CREATE", "enrollment",
                    enrollment.getId(), null, state);
        }
        return new EnrollOutcome(toEnroll.size(), null, false);
    }

    @Transactional
    public void complete(Actor actor, long enrollmentId, LocalDate on, String overrideNote, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        TrainingClass trainingClass = classes.findById(enrollment.getClassId()).orElseThrow();
        completeOne(actor, trainingClass, enrollment, on, overrideNote,
                queries.attended(trainingClass.getId(), on).getOrDefault(enrollment.getLearnerId(), 0),
                queries.heldSessions(trainingClass.getId(), on));
    }

    @Transactional
    public void confirmVneid(Actor actor, long enrollmentId, LocalDate on, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        enrollment.confirmVneid(on, LocalDate.now(clock));
        enrollments.flush();
        learnerProgress.vneidConfirmed(enrollment.getLearnerId(), on);
        audit.record(actor.username(), "VNEID_CONFIRMED", "enrollment", enrollmentId, null,
                Map.of("on", on.toString(), "learnerId", enrollment.getLearnerId()));
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
        Map<Long, Integer> attended = queries.attended(classId, on);
        int held = queries.heldSessions(classId, on);
        for (Enrollment enrollment : enrollments.findByClassId(classId)) {
            if (enrollment.getCompletedOn() != null) {
                continue;
            }
            int came = attended.getOrDefault(enrollment.getLearnerId(), 0);
            if (!rule.meetsAttendance(came, held)) {
                below++;
                continue;
            }
            completeOne(actor, trainingClass, enrollment, on, null, came, held);
            completed++;
        }
        trainingClass.finish(on, LocalDate.now(clock));
        classes.saveAndFlush(trainingClass);
        audit.record(actor.username(), "FINISH", "training_class", classId, null,
                Map.of("on", on.toString(), "completed", completed, "belowAttendance", below));
        return new ClassCompletion(completed, below);
    }

    /** {@code attended} and {@code held}: the learner's sessions and the class's, up to {@code on}. */
    private void completeOne(Actor actor, TrainingClass trainingClass, Enrollment enrollment, LocalDate on,
            String overrideNote, int attended, int held) {
        enrollment.complete(on, LocalDate.now(clock), trainingClass, attended, held, rule, overrideNote);
        enrollments.flush();
        learnerProgress.completed(enrollment.getLearnerId(), on);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("completedOn", on.toString());
        after.put("override", enrollment.getCompletionOverride());
        after.put("learnerId", enrollment.getLearnerId());
        audit.record(actor.username(), "COMPLETE", "enrollment", enrollment.getId(), null, after);
    }

    /** Withdraws a completion recorded by mistake; the learner's first completion is recalculated. */
    @Transactional
    public void undoCompletion(Actor actor, long enrollmentId, long version) {
        Enrollment enrollment = writableEnrollment(actor, enrollmentId, version);
        LocalDate was = enrollment.getCompletedOn();
        enrollment.undoCompletion();
        enrollments.flush();
        learnerProgress.completionUndone(enrollment.getLearnerId(), queries.earliestCompletion(enrollment.getLearnerId()));
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
        learnerProgress.vneidConfirmationUndone(enrollment.getLearnerId(),
                queries.earliestVneidConfirmation(enrollment.getLearnerId()));
        audit.record(actor.username(), "UNDO_VNEID", "enrollment", enrollmentId, Map.of("on", was.toString()), null);
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
