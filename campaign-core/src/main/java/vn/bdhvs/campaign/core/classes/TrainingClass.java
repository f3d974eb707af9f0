package vn.bdhvs.campaign.core.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.planning.PlanningYears;

@Entity
@Table(name = "training_class")
class TrainingClass extends AbstractAggregateRoot<TrainingClass> {

    /** The most weekly sessions added at once. */
    static final int MAX_SERIES = 52;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long communeId;

    private String title;

    @Enumerated(EnumType.STRING)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    private ClassFormat format;

    @Enumerated(EnumType.STRING)
    private Organiser organiser;

    private LocalDate startDate;

    private LocalDate endDate;

    private String place;

    private int capacity;

    @Enumerated(EnumType.STRING)
    private ClassStatus status;

    private LocalDate finishedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_class_group", joinColumns = @JoinColumn(name = "class_id"))
    @Column(name = "group_id")
    private Set<Long> groupIds = new LinkedHashSet<>();

    @Version
    private long version;

    private Instant createdAt;

    private String createdBy;

    protected TrainingClass() {
    }

    TrainingClass(long communeId, ClassCmd cmd, Instant createdAt, String createdBy) {
        this.communeId = communeId;
        this.status = ClassStatus.PLANNED;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(cmd);
    }

    /** Changes the class; sessions already recorded must stay within the new dates. */
    void apply(ClassCmd cmd, Collection<ClassSession> sessions) {
        apply(cmd);
        sessions.stream().map(ClassSession::getSessionDate).filter(d -> d.isBefore(startDate) || d.isAfter(endDate))
                .sorted().findFirst().ifPresent(outside -> {
                    throw new DomainException("class.sessionsOutside", outside);
                });
    }

    private void apply(ClassCmd cmd) {
        checkNotCancelled();
        if (!PlanningYears.contains(cmd.startDate().getYear()) || !PlanningYears.contains(cmd.endDate().getYear())) {
            throw new DomainException("class.datesOutsideCampaign", PlanningYears.FIRST, PlanningYears.LAST);
        }
        if (cmd.endDate().isBefore(cmd.startDate())) {
            throw new DomainException("class.endBeforeStart");
        }
        this.title = cmd.title().trim();
        this.topic = cmd.topic();
        this.format = cmd.format();
        this.organiser = cmd.organiser();
        this.startDate = cmd.startDate();
        this.endDate = cmd.endDate();
        this.place = cmd.place() == null || cmd.place().isBlank() ? null : cmd.place().trim();
        this.capacity = cmd.capacity();
        this.groupIds = new LinkedHashSet<>(cmd.groupIds());
        // a class is finished (and counted as held) only through finish(), never by editing its status
        if ((cmd.status() == ClassStatus.PLANNED || cmd.status() == ClassStatus.RUNNING)
                && status != ClassStatus.FINISHED) {
            this.status = cmd.status();
        }
    }

    /**
     * New sessions on the given days: each within the class's dates, none at the same day and time
     * as another; all of them or, if one breaks a rule, none.
     */
    List<ClassSession> schedule(Collection<ClassSession> existing, List<LocalDate> dates, LocalTime startTime) {
        if (dates.size() > MAX_SERIES) {
            throw new DomainException("session.seriesCount", MAX_SERIES);
        }
        List<ClassSession> added = new ArrayList<>();
        for (LocalDate date : dates) {
            boolean taken = Stream.concat(existing.stream(), added.stream())
                    .anyMatch(s -> s.getSessionDate().equals(date) && Objects.equals(s.getStartTime(), startTime));
            if (taken) {
                throw new DomainException("session.duplicate", date);
            }
            added.add(new ClassSession(this, date, startTime));
        }
        return added;
    }

    /**
     * Whether {@code adding} more learners fit: null if so, else the warning the official must
     * confirm to go over the capacity. A cancelled class takes nobody.
     */
    Message checkEnrollment(int enrolled, int adding, boolean confirmOverCapacity) {
        checkNotCancelled();
        int after = enrolled + adding;
        return after > capacity && !confirmOverCapacity ? Message.of("enrollment.capacity", after, capacity) : null;
    }

    /** Attendance is recorded for a class that goes on, not for a cancelled one. */
    void checkAttendance(ClassSession session, LocalDate today) {
        checkNotCancelled();
        session.checkAttendanceCanBeRecorded(today);
    }

    /** A finished class was held: it can no longer be cancelled (its completions stand). */
    void cancel() {
        if (status == ClassStatus.FINISHED) {
            throw new DomainException("class.finishedCannotCancel", finishedOn);
        }
        if (status != ClassStatus.CANCELLED) {
            this.status = ClassStatus.CANCELLED;
            registerEvent(new ClassCancelled(id, communeId));
        }
    }

    /** Marks the class held to its end on a day; finishing it again changes nothing. */
    void finish(LocalDate on, LocalDate today) {
        checkNotCancelled();
        checkFinishDate(on, today);
        if (status != ClassStatus.FINISHED) {
            this.status = ClassStatus.FINISHED;
            this.finishedOn = on;
            registerEvent(new ClassFinished(id, communeId, on));
        }
    }

    /** A class is held to its end on a day that has come, and not before it started. */
    void checkFinishDate(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new DomainException("class.finish.future");
        }
        if (on.isBefore(startDate)) {
            throw new DomainException("class.finish.beforeStart", startDate);
        }
    }

    /** A session must fall within the class's dates, and a finished class takes no more sessions. */
    void checkSessionDate(LocalDate date) {
        checkNotCancelled();
        if (status == ClassStatus.FINISHED) {
            throw new DomainException("class.finishedNoSessions", finishedOn);
        }
        if (date.isBefore(startDate) || date.isAfter(endDate)) {
            throw new DomainException("session.outsideClass", date, startDate, endDate);
        }
    }

    private void checkNotCancelled() {
        if (status == ClassStatus.CANCELLED) {
            throw new DomainException("class.cancelled");
        }
    }

    Long getId() {
        return id;
    }

    long getCommuneId() {
        return communeId;
    }

    String getTitle() {
        return title;
    }

    Topic getTopic() {
        return topic;
    }

    ClassFormat getFormat() {
        return format;
    }

    Organiser getOrganiser() {
        return organiser;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getPlace() {
        return place;
    }

    int getCapacity() {
        return capacity;
    }

    ClassStatus getStatus() {
        return status;
    }

    Set<Long> getGroupIds() {
        return groupIds;
    }

    long getVersion() {
        return version;
    }

    /** The events raised and not yet published (on saving); declared here so that this package's tests see them. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }
}
