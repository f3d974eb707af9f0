package vn.bdhvs.campaign.core.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

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
import vn.bdhvs.campaign.core.common.DomainException;

@Entity
@Table(name = "training_class")
class TrainingClass {

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
    void apply(ClassCmd cmd) {
        if (status == ClassStatus.CANCELLED) {
            throw new DomainException("class.cancelled");
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

    /** A finished class was held: it can no longer be cancelled (its completions stand). */
    void cancel() {
        if (status == ClassStatus.FINISHED) {
            throw new DomainException("class.finishedCannotCancel", finishedOn);
        }
        this.status = ClassStatus.CANCELLED;
    }

    /** Marks the class held to its end on a day; finishing it again changes nothing. */
    void finish(LocalDate on, LocalDate today) {
        if (status == ClassStatus.CANCELLED) {
            throw new DomainException("class.cancelled");
        }
        checkFinishDate(on, today);
        if (status != ClassStatus.FINISHED) {
            this.status = ClassStatus.FINISHED;
            this.finishedOn = on;
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

    /** The day the class counts as held, or null while it does not count. */
    LocalDate heldOn() {
        return status == ClassStatus.FINISHED ? finishedOn : null;
    }

    /** A session must fall within the class's dates, and a finished class takes no more sessions. */
    void checkSessionDate(LocalDate date) {
        if (status == ClassStatus.CANCELLED) {
            throw new DomainException("class.cancelled");
        }
        if (status == ClassStatus.FINISHED) {
            throw new DomainException("class.finishedNoSessions", finishedOn);
        }
        if (date.isBefore(startDate) || date.isAfter(endDate)) {
            throw new DomainException("session.outsideClass", date, startDate, endDate);
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
}
