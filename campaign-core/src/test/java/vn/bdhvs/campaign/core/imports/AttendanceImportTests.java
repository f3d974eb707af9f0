package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.classes.AttendanceSheet;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.SessionView;

/** Enrolments and attendance imported from a class's sheet, in both layouts, on PostgreSQL. */
class AttendanceImportTests extends ImportFixture {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");


    @Test
    void shouldEnrolAndMarkFromOneColumnPerSessionAndChangeNothingTheSecondTime() {
        Actor official = official("09025");
        String name = "Người Điểm Danh " + ThreadLocalRandom.current().nextInt(1_000_000);
        long classId = newClass(official, "09025", today.minusDays(14), today.plusDays(14), 30);
        LocalDate first = today.minusDays(7);
        LocalDate second = today;
        LocalDate later = today.plusDays(7);
        for (LocalDate day : List.of(first, second, later)) {
            training.addSession(official, classId, day, null);
        }
        register(official, "09025", name + " A", null, 1960);
        register(official, "09025", name + " B", null, 1961);
        String file = "Mã lớp,Họ và tên,Năm sinh," + first.format(DAY) + "," + second + "\n"
                + classId + "," + name + " A,1960,x,v\n"
                + classId + "," + name + " B,1961,có mặt,\n"
                + classId + "," + name + " C,1962,x,x\n"
                + "999999999," + name + " A,1960,x,x\n"
                + classId + "," + name + " B,1961,?,\n";
        ImportOutcome trial = run(official, ImportKind.ATTENDANCE, file, false, false);
        assertThat(trial.errors()).extracting(RowError::row, RowError::column, RowError::code).containsExactly(
                tuple(4, "", "import.attendance.notRegistered"), tuple(5, "", "import.attendance.unknownClass"),
                tuple(6, first.format(DAY), "import.value.attendance"));
        assertThat(run(official, ImportKind.ATTENDANCE, file, true, true))
                .extracting(ImportOutcome::created, ImportOutcome::errorRows).containsExactly(2, 3);
        List<SessionView> sessions = training.detail(official, classId).sessions();
        assertThat(marks(official, sessions.get(0).id())).containsExactlyInAnyOrder(
                tuple(name + " A", AttendanceStatus.PRESENT), tuple(name + " B", AttendanceStatus.PRESENT));
        assertThat(marks(official, sessions.get(1).id())).containsExactly(tuple(name + " A", AttendanceStatus.ABSENT));
        assertThat(run(official, ImportKind.ATTENDANCE, file, true, true))
                .extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(0, 0, 2);

        // one row per learner and session: a correction, and a session that has not taken place
        String rows = "Mã lớp;Họ và tên;Năm sinh;Ngày học;Điểm danh\n"
                + classId + ";" + name + " A;1960;" + second + ";muộn\n"
                + classId + ";" + name + " B;1961;" + later + ";x\n";
        ImportOutcome correction = run(official, ImportKind.ATTENDANCE, rows, true, true);
        assertThat(correction).extracting(ImportOutcome::updated, ImportOutcome::errorRows).containsExactly(1, 1);
        assertThat(correction.errors()).extracting(RowError::code).containsExactly("import.attendance.futureSession");
        assertThat(marks(official, sessions.get(1).id())).containsExactly(tuple(name + " A", AttendanceStatus.LATE));
    }

    @Test
    void shouldNotLetAnOfficialMarkAClassOfAnotherCommune() {
        Actor owner = official("09040");
        long classId = newClass(owner, "09040", today.minusDays(3), today, 10);
        training.addSession(owner, classId, today, null);
        register(owner, "09040", "Người Xã Bên", null, 1970);
        ImportOutcome outcome = run(official("09025"), ImportKind.ATTENDANCE,
                "Mã lớp,Họ và tên,Năm sinh," + today + "\n" + classId
                + ",Người Xã Bên,1970,x\n", false, false);
        assertThat(outcome.errors()).extracting(RowError::code).containsExactly("import.attendance.unknownClass");
    }

    private List<org.assertj.core.groups.Tuple> marks(Actor actor, long sessionId) {
        AttendanceSheet sheet = attendance.sheet(actor, sessionId);
        return sheet.rows().stream().filter(r -> r.status() != null)
                .map(r -> tuple(r.fullName(), r.status())).toList();
    }

}
