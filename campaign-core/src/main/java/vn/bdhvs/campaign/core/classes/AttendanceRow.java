package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.util.Map;

/**
 * A learner's enrolment in a class and their marks, as an import file gives them: the class by its
 * number, the person by citizen-ID HMAC or by name and birth year (in the class's commune), and
 * the marks by session date (none: the row only enrols).
 */
public record AttendanceRow(int row, long classId, String fullName, int birthYear, String citizenIdHmac,
        Map<LocalDate, AttendanceStatus> marks) {

    public AttendanceRow {
        marks = Map.copyOf(marks);
    }
}
