package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.util.List;

/** What a commune still has to enter: past sessions without attendance, finished classes with open enrolments. */
public record CommuneGaps(List<SessionGap> sessionsWithoutAttendance, List<ClassGap> openEnrollments) {

    public record SessionGap(long classId, String title, long sessionId, LocalDate date) {
    }

    public record ClassGap(long classId, String title, LocalDate endDate, int open) {
    }
}
