package vn.bdhvs.campaign.core.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.common.DomainException;

/** An enrolment's transitions: completed (or waived with a note), confirmed on VNeID, and each withdrawn. */
class EnrollmentTests {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 10);

    static final CompletionRule RULE = new CompletionRule(60);

    final TrainingClass trainingClass = new TrainingClass(1, new ClassCmd("Lớp VNeID", Topic.VNEID,
            ClassFormat.IN_PERSON, Organiser.GOVERNMENT, List.of(4L), TODAY.minusDays(20), TODAY, null, 20, null, "t"),
            Instant.now(), "test");

    @Test
    void shouldCompleteOnceAndWithdrawTheCompletion() {
        Enrollment enrollment = new Enrollment(1, 2, TODAY.minusDays(20));
        enrollment.complete(TODAY, TODAY, trainingClass, 3, 5, RULE, "  ");
        assertThat(enrollment.getCompletedOn()).isEqualTo(TODAY);
        assertThat(enrollment.getCompletionOverride()).isNull();
        assertThatThrownBy(() -> enrollment.complete(TODAY, TODAY, trainingClass, 5, 5, RULE, null))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("enrollment.alreadyCompleted"));
        enrollment.undoCompletion();
        assertThat(enrollment.getCompletedOn()).isNull();
        assertThatThrownBy(enrollment::undoCompletion).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.code()).isEqualTo("enrollment.notCompleted"));
    }

    @Test
    void shouldWaiveAttendanceOnlyWithANoteAndKeepIt() {
        Enrollment enrollment = new Enrollment(1, 2, TODAY.minusDays(20));
        assertThatThrownBy(() -> enrollment.complete(TODAY, TODAY, trainingClass, 2, 5, RULE, null))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("enrollment.completion.attendance"));
        assertThat(enrollment.getCompletedOn()).isNull();
        enrollment.complete(TODAY, TODAY, trainingClass, 2, 5, RULE, " Ốm hai buổi ");
        assertThat(enrollment.getCompletionOverride()).isEqualTo("Ốm hai buổi");
        enrollment.undoCompletion();
        assertThat(enrollment.getCompletionOverride()).isNull();
    }

    @Test
    void shouldRefuseACompletionInTheFutureOrBeforeTheClass() {
        Enrollment enrollment = new Enrollment(1, 2, TODAY.minusDays(20));
        assertThatThrownBy(() -> enrollment.complete(TODAY.plusDays(1), TODAY, trainingClass, 5, 5, RULE, null))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("enrollment.completion.future"));
        assertThatThrownBy(() -> enrollment.complete(TODAY.minusDays(21), TODAY, trainingClass, 5, 5, RULE, null))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("enrollment.completion.beforeClass"));
    }

    @Test
    void shouldConfirmOnVneidOnceNotAheadAndWithdrawIt() {
        Enrollment enrollment = new Enrollment(1, 2, TODAY.minusDays(20));
        assertThatThrownBy(() -> enrollment.confirmVneid(TODAY.plusDays(1), TODAY)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("enrollment.vneid.future"));
        enrollment.confirmVneid(TODAY, TODAY);
        assertThatThrownBy(() -> enrollment.confirmVneid(TODAY, TODAY)).isInstanceOfSatisfying(
                DomainException.class, ex -> assertThat(ex.code()).isEqualTo("enrollment.vneid.already"));
        enrollment.undoVneid();
        assertThat(enrollment.getVneidConfirmedOn()).isNull();
        assertThatThrownBy(enrollment::undoVneid).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.code()).isEqualTo("enrollment.vneid.none"));
    }
}
