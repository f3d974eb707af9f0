package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.bdhvs.campaign.core.common.DomainException;

@Entity
@Table(name = "enrollment")
class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private long learnerId;

    private LocalDate enrolledOn;

    private LocalDate completedOn;

    private String completionOverride;

    private LocalDate vneidConfirmedOn;

    @Version
    private long version;

    protected Enrollment() {
    }

    Enrollment(long classId, long learnerId, LocalDate enrolledOn) {
        this.classId = classId;
        this.learnerId = learnerId;
        this.enrolledOn = enrolledOn;
    }

    /**
     * Marks the enrolment completed on a day, under the completion rule; an override note waives
     * the attendance requirement and is kept with the enrolment.
     */
    void complete(LocalDate on, LocalDate today, TrainingClass trainingClass, int attended, int held,
            CompletionRule rule, String overrideNote) {
        if (completedOn != null) {
            throw new DomainException("enrollment.alreadyCompleted", completedOn);
        }
        rule.check(on, today, trainingClass.getStartDate(), attended, held, overrideNote);
        this.completedOn = on;
        this.completionOverride = rule.meetsAttendance(attended, held) || overrideNote == null
                || overrideNote.isBlank() ? null : overrideNote.trim();
    }

    void confirmVneid(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new DomainException("enrollment.vneid.future");
        }
        if (vneidConfirmedOn != null) {
            throw new DomainException("enrollment.vneid.already", vneidConfirmedOn);
        }
        this.vneidConfirmedOn = on;
    }

    /** Withdraws a completion recorded by mistake. */
    void undoCompletion() {
        if (completedOn == null) {
            throw new DomainException("enrollment.notCompleted");
        }
        completedOn = null;
        completionOverride = null;
    }

    /** Withdraws a VNeID confirmation recorded by mistake. */
    void undoVneid() {
        if (vneidConfirmedOn == null) {
            throw new DomainException("enrollment.vneid.none");
        }
        vneidConfirmedOn = null;
    }

    Long getId() {
        return id;
    }

    long getClassId() {
        return classId;
    }

    long getLearnerId() {
        return learnerId;
    }

    LocalDate getCompletedOn() {
        return completedOn;
    }

    String getCompletionOverride() {
        return completionOverride;
    }

    LocalDate getVneidConfirmedOn() {
        return vneidConfirmedOn;
    }

    long getVersion() {
        return version;
    }
}
