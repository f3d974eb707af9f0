package vn.bdhvs.campaign.core.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.common.SubmissionGuard;
import vn.bdhvs.campaign.core.geography.CommuneSummary;

/** Classes and their sessions, within the caller's commune scope. */
@Service
public class TrainingService {

    static final int MAX_SERIES = 52;

    static final String SUMMARY = """
            select c.id, c.title, c.topic, c.format, c.organiser, c.start_date, c.end_date, c.place, c.capacity,
                c.status,
                (select count(*) from enrollment e where e.class_id = c.id) as enrolled,
                (select count(*) from class_session s where s.class_id = c.id) as sessions,
                (select count(*) from enrollment e where e.class_id = c.id and e.completed_on is not null) as completed
            from training_class c
            """;

    private final TrainingClassRepository classes;

    private final ClassSessionRepository sessions;

    private final CommuneAccess access;

    private final JdbcClient jdbc;

    private final SubmissionGuard submissions;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    TrainingService(TrainingClassRepository classes, ClassSessionRepository sessions, CommuneAccess access,
            JdbcClient jdbc, SubmissionGuard submissions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.classes = classes;
        this.sessions = sessions;
        this.access = access;
        this.jdbc = jdbc;
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
        long total = jdbc.sql("select count(*) from training_class c" + where).params(params).query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) Math.max(0, page) * size);
        List<ClassSummary> items = jdbc.sql(SUMMARY + where + " order by c.start_date desc, c.id desc limit ? offset ?")
                .params(pageParams).query((rs, n) -> summary(rs, today)).list();
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
        trainingClass.apply(cmd);
        List<ClassSession> outside = sessions.findByClassIdOrderBySessionDateAscStartTimeAsc(classId).stream()
                .filter(s -> s.getSessionDate().isBefore(cmd.startDate()) || s.getSessionDate().isAfter(cmd.endDate()))
                .toList();
        if (!outside.isEmpty()) {
            throw new DomainException("class.sessionsOutside", outside.get(0).getSessionDate());
        }
        classes.flush();
        audit.record(actor.username(), "UPDATE", "training_class", classId, before, state(trainingClass));
    }

    @Transactional
    public void cancel(Actor actor, long classId, long version) {
        TrainingClass trainingClass = writableClass(actor, classId, version);
        Map<String, Object> before = state(trainingClass);
        LocalDate heldBefore = trainingClass.heldOn();
        trainingClass.cancel();
        classes.flush();
        new ProgressChanged.Builder().moved(trainingClass.getCommuneId(), null, ProgressMetric.CLASSES_HELD, heldBefore,
                trainingClass.heldOn(), 1).publishTo(events);
        audit.record(actor.username(), "CANCEL", "training_class", classId, before, state(trainingClass));
    }

    @Transactional(readOnly = true)
    public ClassDetail detail(Actor actor, long classId) {
        TrainingClass trainingClass = classes.findById(classId).orElseThrow(() -> new NotFoundException("class", classId));
        CommuneSummary commune = access.readable(actor, trainingClass.getCommuneId());
        ClassSummary summary = jdbc.sql(SUMMARY + " where c.id = ?").param(classId)
                .query((rs, n) -> summary(rs, LocalDate.now(clock)))
                .single();
        List<EnrollmentView> enrollments = jdbc.sql("""
                select e.id, l.id, l.full_name, l.birth_year, l.group_id,
                    (select count(*) from attendance a join class_session s on s.id = a.session_id
                     where s.class_id = e.class_id and a.learner_id = l.id and a.status in ('PRESENT', 'LATE')),
                    e.completed_on, e.completion_override, e.vneid_confirmed_on, e.version
                from enrollment e join learner l on l.id = e.learner_id
                where e.class_id = ? order by l.name_key, l.id
                """).param(classId).query((rs, n) -> new EnrollmentView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getLong(10))).list();
        return new ClassDetail(summary, commune, List.copyOf(trainingClass.getGroupIds()), trainingClass.getVersion(),
                sessionViews(classId), enrollments, CommuneAccess.canWrite(actor));
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
        if (count < 1 || count > MAX_SERIES) {
            throw new DomainException("session.seriesCount", MAX_SERIES);
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
        Set<String> existing = new java.util.HashSet<>();
        sessions.findByClassIdOrderBySessionDateAscStartTimeAsc(classId)
                .forEach(s -> existing.add(s.getSessionDate() + "|" + s.getStartTime()));
        for (LocalDate date : dates) {
            if (!existing.add(date + "|" + startTime)) {
                throw new DomainException("session.duplicate", date);
            }
            ClassSession session = sessions.save(new ClassSession(trainingClass, date, startTime));
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("classId", classId);
            state.put("date", date.toString());
            state.put("startTime", startTime == null ? null : startTime.toString());
            audit.record(actor.username(), "CREATE", "class_session", session.getId(), null, state);
        }
    }

    @Transactional(readOnly = true)
    public CommuneFigures figures(Actor actor, String communeCode) {
        CommuneSummary commune = access.readable(actor, communeCode);
        return jdbc.sql("""
                select
                  (select count(*) from training_class where commune_id = :c and status <> 'CANCELLED'),
                  (select count(*) from class_session s join training_class t on t.id = s.class_id
                     where t.commune_id = :c and t.status <> 'CANCELLED'),
                  (select count(*) from learner where commune_id = :c),
                  (select count(*) from enrollment e join training_class t on t.id = e.class_id where t.commune_id = :c),
                  (select count(*) from learner where commune_id = :c and first_completed_on is not null),
                  (select count(*) from learner where commune_id = :c and vneid_confirmed_on is not null),
                  (select count(*) from community_team where commune_id = :c),
                  (select coalesce(sum(members), 0) from community_team where commune_id = :c),
                  (select coalesce(sum(a.people_guided + a.ambassador_guided), 0) from team_activity a
                     join community_team t on t.id = a.team_id where t.commune_id = :c),
                  (select coalesce(sum(a.dossiers_supported), 0) from team_activity a
                     join community_team t on t.id = a.team_id where t.commune_id = :c)
                """).param("c", commune.id()).query((rs, n) -> new CommuneFigures(rs.getInt(1), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9),
                rs.getLong(10))).single();
    }

    @Transactional(readOnly = true)
    public CommuneGaps gaps(Actor actor, String communeCode) {
        CommuneSummary commune = access.readable(actor, communeCode);
        LocalDate today = LocalDate.now(clock);
        List<CommuneGaps.SessionGap> sessions = jdbc.sql("""
                select c.id, c.title, s.id, s.session_date from class_session s join training_class c on c.id = s.class_id
                where c.commune_id = ? and c.status <> 'CANCELLED' and s.session_date < ?
                  and exists (select 1 from enrollment e where e.class_id = c.id)
                  and not exists (select 1 from attendance a where a.session_id = s.id)
                order by s.session_date, c.id limit 50
                """).params(commune.id(), today).query((rs, n) -> new CommuneGaps.SessionGap(rs.getLong(1),
                rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class))).list();
        List<CommuneGaps.ClassGap> open = jdbc.sql("""
                select c.id, c.title, c.end_date, count(*) from enrollment e join training_class c on c.id = e.class_id
                where c.commune_id = ? and c.status <> 'CANCELLED' and c.end_date < ? and e.completed_on is null
                group by c.id order by c.end_date limit 50
                """).params(commune.id(), today).query((rs, n) -> new CommuneGaps.ClassGap(rs.getLong(1),
                rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4))).list();
        return new CommuneGaps(sessions, open);
    }

    List<SessionView> sessionViews(long classId) {
        return jdbc.sql("""
                select s.id, s.session_date, s.start_time,
                    (select count(*) from attendance a where a.session_id = s.id),
                    (select count(*) from attendance a where a.session_id = s.id and a.status in ('PRESENT', 'LATE'))
                from class_session s where s.class_id = ? order by s.session_date, s.start_time nulls first
                """).param(classId).query((rs, n) -> new SessionView(rs.getLong(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalTime.class), rs.getInt(4), rs.getInt(5))).list();
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

    /** A class as of {@code today}: a planned class whose start date has come is running. */
    static ClassSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        return new ClassSummary(rs.getLong("id"), rs.getString("title"), Topic.valueOf(rs.getString("topic")),
                ClassFormat.valueOf(rs.getString("format")), Organiser.valueOf(rs.getString("organiser")), start,
                rs.getObject("end_date", LocalDate.class), rs.getString("place"), rs.getInt("capacity"),
                ClassStatus.valueOf(rs.getString("status")).asOf(start, today), rs.getInt("enrolled"),
                rs.getInt("sessions"), rs.getInt("completed"));
    }
}
