package vn.bdhvs.campaign.core.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.Message;

/**
 * The class's own rules and transitions: when it runs, its sessions and capacity, finishing and
 * cancelling and the facts they raise, what a finished or cancelled class still allows.
 */
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
        assertThat(trainingClass.domainEvents()).containsExactly(new ClassFinished(1, 1, TODAY));
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

    @Test
    void shouldBeFinishedOnceAndRaiseTheFactOnce() {
        TrainingClass trainingClass = newClass();
        trainingClass.finish(TODAY.minusDays(1), TODAY);
        trainingClass.finish(TODAY, TODAY);
        assertThat(trainingClass.getStatus()).isEqualTo(ClassStatus.FINISHED);
        assertThat(trainingClass.domainEvents()).containsExactly(new ClassFinished(1, 1, TODAY.minusDays(1)));
    }

    @Test
    void shouldRefuseEverythingButReadingOnceCancelled() {
        TrainingClass trainingClass = newClass();
        trainingClass.cancel();
        trainingClass.cancel();
        assertThat(trainingClass.domainEvents()).containsExactly(new ClassCancelled(1, 1));
        ClassSession session = new ClassSession(newClass(), TODAY, null);
        List<Runnable> refused = List.of(() -> trainingClass.finish(TODAY, TODAY),
                () -> trainingClass.checkEnrollment(0, 1, true), () -> trainingClass.checkAttendance(session, TODAY),
                () -> trainingClass.schedule(List.of(), List.of(TODAY), null),
                () -> trainingClass.apply(command(TODAY.minusDays(7), TODAY.plusDays(7)), List.of()));
        for (Runnable action : refused) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(ex.code()).isEqualTo("class.cancelled"));
        }
    }

    @Test
    void shouldScheduleSessionsWithinItsDatesAtDistinctTimesAllOrNothing() {
        TrainingClass trainingClass = newClass();
        List<ClassSession> first = trainingClass.schedule(List.of(), List.of(TODAY, TODAY.plusDays(1)), null);
        assertThat(first).extracting(ClassSession::getSessionDate).containsExactly(TODAY, TODAY.plusDays(1));
        assertThat(trainingClass.schedule(first, List.of(TODAY), LocalTime.NOON)).hasSize(1);
        assertThatThrownBy(() -> trainingClass.schedule(first, List.of(TODAY), null)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("session.duplicate"));
        assertThatThrownBy(() -> trainingClass.schedule(List.of(), List.of(TODAY, TODAY), null))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("session.duplicate"));
        assertThatThrownBy(() -> trainingClass.schedule(List.of(), List.of(TODAY, TODAY.plusDays(8)), null))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("session.outsideClass"));
        List<LocalDate> tooMany = java.util.stream.IntStream.rangeClosed(0, TrainingClass.MAX_SERIES)
                .mapToObj(i -> TODAY).toList();
        assertThatThrownBy(() -> trainingClass.schedule(List.of(), tooMany, null)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("session.seriesCount"));
    }

    @Test
    void shouldKeepItsSessionsWithinNewDates() {
        TrainingClass trainingClass = newClass();
        List<ClassSession> sessions = trainingClass.schedule(List.of(), List.of(TODAY.plusDays(5)), null);
        assertThatThrownBy(() -> trainingClass.apply(command(TODAY.minusDays(7), TODAY), sessions))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("class.sessionsOutside");
                    assertThat(ex.args()).containsExactly(TODAY.plusDays(5));
                });
        assertThatThrownBy(() -> trainingClass.apply(command(TODAY, TODAY.minusDays(1)), List.of()))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("class.endBeforeStart"));
        assertThatThrownBy(() -> trainingClass.apply(command(LocalDate.of(1800, 1, 1), LocalDate.of(1800, 1, 2)), List.of()))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("class.datesOutsideCampaign");
                    assertThat(ex.args()).containsExactly(2024, 2035);
                });
        trainingClass.apply(command(TODAY, TODAY.plusDays(30)), sessions);
        assertThat(trainingClass.getEndDate()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void shouldAskToConfirmGoingOverCapacity() {
        TrainingClass trainingClass = newClass(); // capacity 20
        assertThat(trainingClass.checkEnrollment(18, 2, false)).isNull();
        assertThat(trainingClass.checkEnrollment(18, 3, false)).isEqualTo(Message.of("enrollment.capacity", 21, 20));
        assertThat(trainingClass.checkEnrollment(18, 3, true)).isNull();
    }

    @Test
    void shouldNeverBeFinishedByEditingItsStatus() {
        TrainingClass trainingClass = newClass();
        ClassCmd finished = new ClassCmd("Lớp VNeID", Topic.VNEID, ClassFormat.IN_PERSON, Organiser.GOVERNMENT,
                List.of(4L), TODAY.minusDays(7), TODAY.plusDays(7), null, 20, ClassStatus.FINISHED, "t");
        trainingClass.apply(finished, List.of());
        assertThat(trainingClass.getStatus()).isEqualTo(ClassStatus.PLANNED);
        assertThat(trainingClass.domainEvents()).isEmpty();
    }

    private static ClassCmd command(LocalDate start, LocalDate end) {
        return new ClassCmd("Lớp VNeID", Topic.VNEID, ClassFormat.IN_PERSON, Organiser.GOVERNMENT, List.of(4L), start,
                end, null, 20, null, "t");
    }

    private static TrainingClass newClass() {
        TrainingClass trainingClass = new TrainingClass(1, new ClassCmd("Lớp VNeID", Topic.VNEID, ClassFormat.IN_PERSON,
                Organiser.GOVERNMENT, List.of(4L), TODAY.minusDays(7), TODAY.plusDays(7), null, 20, null, "t"),
                Instant.now(), "test");
        ReflectionTestUtils.setField(trainingClass, "id", 1L); // as after saving
        return trainingClass;
    }
}
