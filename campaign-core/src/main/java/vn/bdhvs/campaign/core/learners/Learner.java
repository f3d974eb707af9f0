package vn.bdhvs.campaign.core.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.VietnameseNames;

@Entity
@Table(name = "learner")
class Learner extends AbstractAggregateRoot<Learner> {

    static final int MIN_AGE = 10;

    static final int MAX_AGE = 110;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long communeId;

    private String fullName;

    private String nameKey;

    private int birthYear;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private long groupId;

    private String phone;

    private String citizenIdHmac;

    private LocalDate firstCompletedOn;

    private LocalDate vneidConfirmedOn;

    /** A completion recorded outside the platform's classes (the national learning platform), if any. */
    private LocalDate platformCompletedOn;

    private LocalDate platformVneidConfirmedOn;

    @Version
    private long version;

    private Instant createdAt;

    private String createdBy;

    protected Learner() {
    }

    Learner(long communeId, String fullName, int birthYear, Gender gender, long groupId, String phone,
            String citizenIdHmac, int currentYear, Instant createdAt, String createdBy) {
        checkBirthYear(birthYear, currentYear);
        this.communeId = communeId;
        this.fullName = fullName.trim().replaceAll("\\s+", " ");
        this.nameKey = VietnameseNames.key(this.fullName);
        this.birthYear = birthYear;
        this.gender = gender;
        this.groupId = groupId;
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
        this.citizenIdHmac = citizenIdHmac;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Learners are 10 to 110 years old in the year they are registered. */
    static void checkBirthYear(int birthYear, int currentYear) {
        int age = currentYear - birthYear;
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new DomainException("learner.birthYear.range", currentYear - MAX_AGE, currentYear - MIN_AGE);
        }
    }

    /**
     * Records a completion. The learner counts as trained from their first completion, however
     * many classes they finish; raises {@link LearnerCompleted}.
     */
    void complete(LocalDate on) {
        LocalDate before = firstCompletedOn;
        if (firstCompletedOn == null || on.isBefore(firstCompletedOn)) {
            firstCompletedOn = on;
        }
        registerEvent(new LearnerCompleted(id, communeId, groupId, on, before, firstCompletedOn));
    }

    /** A completion was withdrawn; {@code earliestRemaining} is the earliest completion left, or none. */
    void undoCompletion(LocalDate earliestRemaining) {
        LocalDate before = firstCompletedOn;
        firstCompletedOn = earliest(earliestRemaining, platformCompletedOn);
        registerEvent(new CompletionUndone(id, communeId, groupId, before, firstCompletedOn));
    }

    /** Records a confirmation on VNeID; the learner counts from the first. Raises {@link VneidConfirmed}. */
    void confirmVneid(LocalDate on) {
        LocalDate before = vneidConfirmedOn;
        if (vneidConfirmedOn == null || on.isBefore(vneidConfirmedOn)) {
            vneidConfirmedOn = on;
        }
        registerEvent(new VneidConfirmed(id, communeId, groupId, on, before, vneidConfirmedOn));
    }

    /** A VNeID confirmation was withdrawn; {@code earliestRemaining} is the earliest left, or none. */
    void undoVneidConfirmation(LocalDate earliestRemaining) {
        LocalDate before = vneidConfirmedOn;
        vneidConfirmedOn = earliest(earliestRemaining, platformVneidConfirmedOn);
        registerEvent(new VneidConfirmationUndone(id, communeId, groupId, before, vneidConfirmedOn));
    }

    /** The earlier of two dates, either of which may be missing. */
    static LocalDate earliest(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isBefore(other) ? one : other;
    }

    Long getId() {
        return id;
    }

    long getCommuneId() {
        return communeId;
    }

    String getFullName() {
        return fullName;
    }

    String getNameKey() {
        return nameKey;
    }

    int getBirthYear() {
        return birthYear;
    }

    Gender getGender() {
        return gender;
    }

    String getPhone() {
        return phone;
    }

    long getGroupId() {
        return groupId;
    }

    LocalDate getFirstCompletedOn() {
        return firstCompletedOn;
    }

    LocalDate getVneidConfirmedOn() {
        return vneidConfirmedOn;
    }

    /** The events raised and not yet published (on saving); declared here so that this package's tests see them. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }
}
