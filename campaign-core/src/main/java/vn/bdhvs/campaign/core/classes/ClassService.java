package vn.bdhvs.campaign.core.classes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.common.SubmissionGuard;
import vn.bdhvs.campaign.core.geography.CommuneSummary;

/** Classes and their sessions, within the caller's commune scope. */
@Service
public class ClassService {

    private final TrainingClassRepository classes;

    private final ClassSessionRepository sessions;

    private final ClassQueries queries;

    private final CommuneAccess access;

    private final SubmissionGuard submissions;

    private final AuditLog audit;

    private final Clock clock;

    ClassService(TrainingClassRepository classes, ClassSessionRepository sessions, ClassQueries queries,
            CommuneAccess access, SubmissionGuard submissions, AuditLog audit, Clock clock) {
        this.classes = classes;
        this.sessions = sessions;
        this.queries = queries;
        this.access = access;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The commune, if the caller may see it: the scope check of pages that start from a commune. */
    @Transactional(readOnly = true)
    public CommuneSummary commune(Actor actor, String communeCode) {
        return access.readable(actor, communeCode);
    }

    /**
     * The commune, if the caller may record data in it: the check of pages that show a form, so a
     * read-only user gets a refusal before typing anything, not after.
     */
    @Transactional(readOnly = true)
    public CommuneSummary editableCommune(Actor actor, String communeCode) {
        CommuneSummary commune = access.readable(actor, communeCode);
        return access.writable(actor, commune.id());
    }

    /**
     * The commune holding a class, or a class session, in one statement outside any transaction:
     * what a kept page (the class page, an attendance sheet) reads its data version by on every
     * request. It says nothing the page would not: the page checks the caller's scope itself.
     */
    public Optional<Long> communeOfClass(long classId) {
        return queries.communeOfClass(classId);
    }

    /** The commune holding a class session; see {@link #communeOfClass}. */
    public Optional<Long> communeOfSession(long sessionId) {
        return queries.communeOfSession(sessionId);
    }

    /** Whether the caller's role records data (the scope is checked where a commune is named). */
    public boolean canEdit(Actor actor) {
        return CommuneAccess.canWrite(actor);
    }

    @Transactional(readOnly = true)
    public ClassPage list(Actor actor, String communeCode, ClassFilter filter, int page, int size) {
        CommuneSummary commune = access.readable(actor, communeCode);
        StringBuilder where = new StringBuilder(" where c.commune_id = ?");
        List<Object> params = new ArrayList<>(List.of(commune.id()));
        LocalDate today = LocalDate.now(clock);
        if (filter.status() == ClassStatus.RUNNING) {
            where.append(" and (c.status = 'RUNNING' or c.status = 'PLANNED' and c.start_date <= ?)");
            params.add(today);
        }
        else if (filter.status() == ClassStatus.PLANNED) {
            where.append(" and c.status = 'PLANNED' and c.start_date > ?");
            params.add(today);
        }
        else if (filter.status() != null) {
            where.append(" and c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.topic() != null) {
            where.append(" and c.topic = ?");
            params.add(filter.topic().name());
        }
        if (filter.month() != null) {
            where.append(" and c.start_date <= ? and c.end_date >= ?");
            params.add(filter.month().atEndOfMonth());
            params.add(filter.month().atDay(1));
        }
        long total = queries.count(where.toString(), params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) Math.max(0, page) * size);
        List<ClassSummary> items = queries.summaries(where + " order by c.start_date desc, c.id desc limit ? offset ?",
                pageParams, today);
        return new ClassPage(items, Math.max(0, page), size, total);
    }

    @Transactional
    public long create(Actor actor, String communeCode, ClassCmd cmd) {
        CommuneSummary commune = access.readable(actor, communeCode);
        access.writable(actor, commune.id());
        submissions.claim(cmd.submissionToken(), actor.username());
        TrainingClass created = classes.save(new TrainingClass(commune.id(), cmd, clock.instant(), actor.username()));
        audit.record(actor.username(), "CREATE", "training_class", created.getId(), null, state(created));
        return created.getId();
    }

    @Transactional
    public void update(Actor actor, long classId, ClassCmd cmd, long version) {
        TrainingClass trainingClass = writableClass(actor, classId, version);
        Map<String, Object> before = state(trainingClass);
        trainingClass.apply(cmd, sessions.findByClassIdOrderBySessionDateAscStartTimeAsc(classId));
        classes.saveAndFlush(trainingClass);
        audit.record(actor.username(), "UPDATE", "training_class", classId, before, state(trainingClass));
    }

    @Transactional
    public void cancel(Actor actor, long classId, long version) {
        TrainingClass trainingClass = writableClass(actor, classId, version);
        Map<String, Object> before = state(trainingClass);
        trainingClass.cancel();
        classes.saveAndFlush(trainingClass);
        audit.record(actor.username(), "CANCEL", "training_class", classId, before, state(trainingClass));
    }

    @Transactional(readOnly = true)
    public ClassDetail detail(Actor actor, long classId) {
        TrainingClass trainingClass = classes.findById(classId).orElseThrow(() -> new NotFoundException("class", classId));
        CommuneSummary commune = access.readable(actor, trainingClass.getCommuneId());
        return new ClassDetail(queries.summary(classId, LocalDate.now(clock)), commune,
                List.copyOf(trainingClass.getGroupIds()), trainingClass.getVersion(), queries.sessions(classId),
                queries.enrollments(classId), CommuneAccess.canWrite(actor));
    }

    /** The class a session belongs to, for callers that start from a session. */
    @Transactional(readOnly = true)
    public long classOfSession(Actor actor, long sessionId) {
        ClassSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        TrainingClass trainingClass = classes.findById(session.getClassId()).orElseThrow();
        access.readable(actor, trainingClass.getCommuneId());
        return trainingClass.getId();
    }

    @Transactional
    public void addSession(Actor actor, long classId, LocalDate date, LocalTime startTime) {
        addSessions(actor, classId, List.of(date), startTime);
    }

    /** Adds {@code count} weekly sessions from {@code first}: all of them, or none if one falls outside the class. */
    @Transactional
    public void addWeeklySeries(Actor actor, long classId, LocalDate first, int count, LocalTime startTime) {
        if (count < 1 || count > TrainingClass.MAX_SERIES) {
            throw new DomainException("session.seriesCount", TrainingClass.MAX_SERIES);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(first.plusWeeks(i));
        }
        addSessions(actor, classId, dates, startTime);
    }

    private void addSessions(Actor actor, long classId, List<LocalDate> dates, LocalTime startTime) {
        TrainingClass trainingClass = classes.findById(classId).orElseThrow(() -> new NotFoundException("class", classId));
        access.writable(actor, trainingClass.getCommuneId());
        List<ClassSession> added = trainingClass.schedule(
                sessions.findByClassIdOrderBySessionDateAscStartTimeAsc(classId), dates, startTime);
        for (ClassSession session : sessions.saveAll(added)) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("classId", classId);
            state.put("date", session.getSessionDate().toString());
            state.put("startTime", startTime == null ? null : startTime.toString());
            audit.record(actor.username(), "CREATE", "class_session", session.getId(), null, state);
        }
    }

    @Transactional(readOnly = true)
    public ClassFigures figures(Actor actor, String communeCode) {
        return queries.figures(access.readable(actor, communeCode).id());
    }

    @Transactional(readOnly = true)
    public CommuneGaps gaps(Actor actor, String communeCode) {
        return queries.gaps(access.readable(actor, communeCode).id(), LocalDate.now(clock));
    }

    private TrainingClass writableClass(Actor actor, long classId, long version) {
        TrainingClass trainingClass = classes.findById(classId).orElseThrow(() -> new NotFoundException("class", classId));
        access.writable(actor, trainingClass.getCommuneId());
        if (trainingClass.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return trainingClass;
    }

    private static Map<String, Object> state(TrainingClass c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("communeId", c.getCommuneId());
        state.put("title", c.getTitle());
        state.put("topic", c.getTopic());
        state.put("format", c.getFormat());
        state.put("organiser", c.getOrganiser());
        state.put("groupIds", List.copyOf(c.getGroupIds()));
        state.put("startDate", c.getStartDate().toString());
        state.put("endDate", c.getEndDate().toString());
        state.put("place", c.getPlace());
        state.put("capacity", c.getCapacity());
        state.put("status", c.getStatus());
        return state;
    }
}
