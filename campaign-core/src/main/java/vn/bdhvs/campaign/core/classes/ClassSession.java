package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.bdhvs.campaign.core.common.DomainException;

@Entity
@Table(name = "class_session")
class ClassSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long classId;

    private LocalDate sessionDate;

    private LocalTime startTime;

    @Version
    private long version;

    protected ClassSession() {
    }

    ClassSession(TrainingClass trainingClass, LocalDate sessionDate, LocalTime startTime) {
        trainingClass.checkSessionDate(sessionDate);
        this.classId = trainingClass.getId();
        this.sessionDate = sessionDate;
        this.startTime = startTime;
    }

    /** Attendance is recorded for a session that has taken place, not ahead of it. */
    void checkAttendanceCanBeRecorded(LocalDate today) {
        if (sessionDate.isAfter(today)) {
            throw new DomainException("attendance.futureSession", sessionDate);
        }
    }

    Long getId() {
        return id;
    }

    long getClassId() {
        return classId;
    }

    LocalDate getSessionDate() {
        return sessionDate;
    }

    LocalTime getStartTime() {
        return startTime;
    }
}
