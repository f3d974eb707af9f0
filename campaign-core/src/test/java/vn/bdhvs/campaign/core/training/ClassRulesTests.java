package vn.bdhvs.campaign.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.bdhvs.campaign.core.common.DomainException;

/** The class's own rules: when it runs, what a finished class still allows, when attendance may be taken. */
class ClassRulesTests {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 10);

    @Test
    void shouldRunAPlannedClassFromItsStartDate() {
        assertThat(ClassStatus.PLANNED.asOf(TODAY.plusDays(1), TODAY)).isEqualTo(ClassStatus.PLANNED);
        assertThat(ClassStatus.PLANNED.asOf(TODAY, TODAY)).isEqualTo(ClassStatus.RUNNING);
        assertThat(ClassStatus.PLANNED.asOf(TODAY.minusDays(30), TODAY)).isEqualTo(ClassStatus.RUNNING);
        assertThat(ClassStatus.FINISHED.asOf(TODAY.minusDays(30), TODAY)).isEqualTo(ClassStatus.FINISHED);
        assertThat(ClassStatus.CANCELLED.asOf(TODAY.minusDays(30), TODAY)).isEqualTo(ClassStatus.CANCELLED);
    }

    @Test
    void shouldTakeNoSessionsAndNoCancellationOnceFinished() {
        TrainingClass trainingClass = newClass();
        trainingClass.checkSessionDate(TODAY.minusDays(2));
        assertThatThrownBy(() -> trainingClass.finish(TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("class.finish.future"));
        assertThatThrownBy(() -> trainingClass.finish(TODAY.minusDays(8), TODAY)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("class.finish.beforeStart"));
        trainingClass.finish(TODAY, TODAY);
        assertThatThrownBy(() -> trainingClass.checkSessionDate(TODAY.minusDays(2))).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("class.finishedNoSessions"));
        assertThatThrownBy(trainingClass::cancel).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.code()).isEqualTo("class.finishedCannotCancel"));
        assertThat(trainingClass.heldOn()).isEqualTo(TODAY);
    }

    @Test
    void shouldTakeAttendanceOnlyForASessionThatTookPlace() {
        TrainingClass trainingClass = newClass();
        new ClassSession(trainingClass, TODAY, null).checkAttendanceCanBeRecorded(TODAY);
        ClassSession tomorrow = new ClassSession(trainingClass, TODAY.plusDays(1), null);
        assertThatThrownBy(() -> tomorrow.checkAttendanceCanBeRecorded(TODAY)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("attendance.futureSession"));
    }

    @Test
    void shouldAskForSixtyPercentOfTheSessionsHeldByDefault() {
        CompletionRule rule = new CompletionRule(60);
        assertThat(rule.requiredSessions(5)).isEqualTo(3);
        assertThat(rule.requiredSessions(3)).isEqualTo(2);
        assertThat(rule.requiredSessions(1)).isEqualTo(1);
        assertThat(rule.requiredSessions(0)).isZero();
        assertThat(rule.meetsAttendance(2, 5)).isFalse();
        assertThat(rule.meetsAttendance(3, 5)).isTrue();
        assertThat(rule.meetsAttendance(0, 0)).isTrue();
        assertThatThrownBy(() -> rule.check(TODAY, TODAY, TODAY.minusDays(30), 2, 5, null)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("enrollment.completion.attendance"));
        rule.check(TODAY, TODAY, TODAY.minusDays(30), 2, 5, "Ốm hai buổi, đã học bù");
    }

    private static TrainingClass newClass() {
        TrainingClass trainingClass = new TrainingClass(1, new ClassCmd("Lớp VNeID", Topic.VNEID, ClassFormat.IN_PERSON,
                Organiser.GOVERNMENT, List.of(4L), TODAY.minusDays(7), TODAY.plusDays(7), null, 20, null, "t"),
                Instant.now(), "test");
        ReflectionTestUtils.setField(trainingClass, "id", 1L); // as after saving
        return trainingClass;
    }
}
