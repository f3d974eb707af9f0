package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.bdhvs.campaign.core.common.DomainException;

/**
 * When an enrolment may be marked completed: on a day not in the future, not before the class
 * starts, and with attendance at no less than {@code minAttendancePercent} of the sessions held
 * up to that day. An official may override the attendance part, with a note.
 *
 * <p>60% by default: a learner who came to 3 of 5 sessions (or 2 of 3) has followed the class,
 * one who came to 2 of 5 has not; classes with one or two sessions still need every session but
 * a missed one can be waived with a reason. A class without sessions recorded has nothing to check.
 */
@ConfigurationProperties("campaign.training.completion")
public record CompletionRule(@DefaultValue("60") int minAttendancePercent) {

    public CompletionRule {
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw new IllegalArgumentException("minAttendancePercent must be 0–100: " + minAttendancePercent);
        }
    }

    /**
     * @param attended sessions attended (present or late) up to {@code on}
     * @param held sessions of the class up to {@code on}
     * @param overrideNote why the rule is waived; blank when it is not
     */
    void check(LocalDate on, LocalDate today, LocalDate classStart, int attended, int held, String overrideNote) {
        if (on.isAfter(today)) {
            throw new DomainException("enrollment.completion.future");
        }
        if (on.isBefore(classStart)) {
            throw new DomainException("enrollment.completion.beforeClass", classStart);
        }
        if (!meetsAttendance(attended, held) && (overrideNote == null || overrideNote.isBlank())) {
            throw new DomainException("enrollment.completion.attendance", attended, held, minAttendancePercent);
        }
    }

    /** How many of {@code held} sessions a learner must attend. */
    public int requiredSessions(int held) {
        return (int) ((long) minAttendancePercent * held + 99) / 100;
    }

    boolean meetsAttendance(int attended, int held) {
        // attended/held >= N% without rounding: 100 * attended >= N * held
        return 100L * attended >= (long) minAttendancePercent * held;
    }
}
