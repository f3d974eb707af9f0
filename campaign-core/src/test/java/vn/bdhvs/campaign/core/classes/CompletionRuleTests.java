package vn.bdhvs.campaign.core.classes;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.common.DomainException;

class CompletionRuleTests {

    static final LocalDate TODAY = LocalDate.of(2025, 10, 10);

    static final LocalDate CLASS_START = LocalDate.of(2025, 9, 6);

    @Test
    void shouldRequireNothingButDatesByDefault() {
        CompletionRule rule = new CompletionRule(0);
        assertThatCode(() -> rule.check(TODAY, TODAY, CLASS_START, 0, 4, null)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseACompletionDateInTheFutureOrBeforeTheClass() {
        CompletionRule rule = new CompletionRule(0);
        assertThatThrownBy(() -> rule.check(TODAY.plusDays(1), TODAY, CLASS_START, 4, 4, null))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> org.assertj.core.api.Assertions.assertThat(ex.code()).isEqualTo("enrollment.completion.future"));
        assertThatThrownBy(() -> rule.check(CLASS_START.minusDays(1), TODAY, CLASS_START, 4, 4, null))
                .isInstanceOfSatisfying(DomainException.class, ex -> org.assertj.core.api.Assertions.assertThat(ex.code())
                        .isEqualTo("enrollment.completion.beforeClass"));
    }

    @Test
    void shouldRequireTheConfiguredShareOfSessionsUnlessOverridden() {
        CompletionRule rule = new CompletionRule(75);
        assertThatCode(() -> rule.check(TODAY, TODAY, CLASS_START, 3, 4, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rule.check(TODAY, TODAY, CLASS_START, 2, 4, null))
                .isInstanceOfSatisfying(DomainException.class, ex -> org.assertj.core.api.Assertions.assertThat(ex.code())
                        .isEqualTo("enrollment.completion.attendance"));
        assertThatCode(() -> rule.check(TODAY, TODAY, CLASS_START, 2, 4, "Ốm, đã học bù")).doesNotThrowAnyException();
    }

    @Test
    void shouldKeepTheOverrideNoteOnlyWhenTheRuleWasWaived() {
        CompletionRule rule = new CompletionRule(75);
        TrainingClass trainingClass = new TrainingClass(1L, new ClassCmd("Lớp VNeID", Topic.VNEID, ClassFormat.IN_PERSON,
                Organiser.DIGITAL_TECH_TEAM, java.util.List.of(1L), CLASS_START, TODAY, null, 30, null, null),
                java.time.Instant.now(), "xa");
        Enrollment waived = new Enrollment(1L, 1L, CLASS_START);
        waived.complete(TODAY, TODAY, trainingClass, 1, 4, rule, "Ốm, đã học bù");
        org.assertj.core.api.Assertions.assertThat(waived.getCompletionOverride()).isEqualTo("Ốm, đã học bù");
        Enrollment regular = new Enrollment(1L, 2L, CLASS_START);
        regular.complete(TODAY, TODAY, trainingClass, 4, 4, rule, "không cần");
        org.assertj.core.api.Assertions.assertThat(regular.getCompletionOverride()).isNull();
        assertThatThrownBy(() -> regular.complete(TODAY, TODAY, trainingClass, 4, 4, rule, null))
                .isInstanceOf(DomainException.class);
    }
}
