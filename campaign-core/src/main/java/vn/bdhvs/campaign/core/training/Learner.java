package vn.bdhvs.campaign.core.training;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.VietnameseNames;

@Entity
@Table(name = "learner")
class Learner {

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
     * Counts a completion. The learner counts as trained from their first completion, however
     * many classes they finish; returns whether that first date changed.
     */
    boolean registerCompletion(LocalDate on) {
        if (firstCompletedOn == null || on.isBefore(firstCompletedOn)) {
            firstCompletedOn = on;
            return true;
        }
        return false;
    }

    /** Likewise for the first confirmation on VNeID. */
    boolean registerVneidConfirmation(LocalDate on) {
        if (vneidConfirmedOn == null || on.isBefore(vneidConfirmedOn)) {
            vneidConfirmedOn = on;
            return true;
        }
        return false;
    }

    /** After a completion was withdrawn: the earliest completion left, or none. */
    void recalculateFirstCompletion(LocalDate earliestRemaining) {
        firstCompletedOn = earliestRemaining;
    }

    /** After a VNeID confirmation was withdrawn: the earliest confirmation left, or none. */
    void recalculateVneidConfirmation(LocalDate earliestRemaining) {
        vneidConfirmedOn = earliestRemaining;
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

    int getBirthYear() {
        return birthYear;
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
}
