package vn.bdhvs.campaign.core.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;

/** Enrolment, attendance and completion on PostgreSQL. */
class EnrollmentServiceTests extends CommuneFixture {

    @Test
    void shouldCountALearnerOnceAfterThreeCompletedClasses() {
        Actor official = official("25747");
        long learner = register(official, "25747", "Nguyễn Văn Dự", null).learner().id();
        for (int i = 0; i < 3; i++) {
            long classId = newClass(official, "25747", today.minusDays(30 - i), today, 30);
            enrollments.enroll(official, classId, List.of(learner), false);
            long enrollment = training.detail(official, classId).enrollments().get(0).id();
            enrollments.complete(official, enrollment, today.minusDays(i), null, 0);
        }
        assertThat(learners.figures(official, "25747").trained()).isEqualTo(1);
        assertThat(training.figures(official, "25747").enrollments()).isEqualTo(3);
        assertThat(learners.get(official, learner).firstCompletedOn()).isEqualTo(today.minusDays(2));
    }

    @Test
    void shouldRecordAttendanceOnlyForEnrolledLearners() {
        Actor official = official("25813");
        long classId = newClass(official, "25813", today.minusDays(10), today, 30);
        training.addSession(official, classId, today.minusDays(3), null);
        long session = training.detail(official, classId).sessions().get(0).id();
        long enrolled = register(official, "25813", "Phạm Văn An", null).learner().id();
        long outsider = register(official, "25813", "Phạm Văn Bình", null).learner().id();
        enrollments.enroll(official, classId, List.of(enrolled), false);
        assertThatThrownBy(() -> attendance.record(official, session,
                Map.of(enrolled, AttendanceStatus.PRESENT, outsider, AttendanceStatus.PRESENT)))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("attendance.notEnrolled");
                    assertThat(ex.args()).containsExactly("Phạm Văn Bình");
                });
        assertThat(attendance.sheet(official, session).rows()).allSatisfy(r -> assertThat(r.status()).isNull());
        assertThat(attendance.record(official, session, Map.of(enrolled, AttendanceStatus.LATE))).isEqualTo(1);
        // the same sheet again (a double submit) changes nothing
        assertThat(attendance.record(official, session, Map.of(enrolled, AttendanceStatus.LATE))).isZero();
    }

    @Test
    void shouldAskForConfirmationBeyondCapacity() {
        Actor official = official("25819");
        long classId = newClass(official, "25819", today, today.plusDays(7), 2);
        List<Long> three = List.of(register(official, "25819", "A Một", null).learner().id(),
                register(official, "25819", "A Hai", null).learner().id(),
                register(official, "25819", "A Ba", null).learner().id());
        EnrollOutcome unconfirmed = enrollments.enroll(official, classId, three, false);
        assertThat(unconfirmed.needsConfirmation()).isTrue();
        assertThat(unconfirmed.warning().code()).isEqualTo("enrollment.capacity");
        assertThat(training.detail(official, classId).enrollments()).isEmpty();
        assertThat(enrollments.enroll(official, classId, three, true).enrolled()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAFutureCompletionDate() {
        Actor official = official("25822");
        long classId = newClass(official, "25822", today.minusDays(5), today.plusDays(5), 10);
        long learner = register(official, "25822", "Hồ Thị Mai", null).learner().id();
        enrollments.enroll(official, classId, List.of(learner), false);
        long enrollment = training.detail(official, classId).enrollments().get(0).id();
        assertThatThrownBy(() -> enrollments.complete(official, enrollment, today.plusDays(1), null, 0))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("enrollment.completion.future"));
        assertThat(learners.figures(official, "25822").trained()).isZero();
    }
}
