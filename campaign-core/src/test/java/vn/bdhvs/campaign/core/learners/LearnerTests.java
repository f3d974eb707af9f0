package vn.bdhvs.campaign.core.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.bdhvs.campaign.core.common.DomainException;

/** A learner's rules and the facts their progress raises: each counts once, from their first date. */
class LearnerTests {

    static final LocalDate MAY = LocalDate.of(2025, 5, 10);

    @Test
    void shouldCountALearnerOnceHoweverManyClassesTheyComplete() {
        Learner learner = learner();
        learner.complete(MAY);
        learner.complete(LocalDate.of(2025, 8, 2));
        assertThat(learner.getFirstCompletedOn()).isEqualTo(MAY);
        // a completion recorded late but dated earlier becomes the first one
        learner.complete(LocalDate.of(2025, 3, 1));
        assertThat(learner.getFirstCompletedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(learner.domainEvents()).containsExactly(
                new LearnerCompleted(7, 1, 5, MAY, null, MAY),
                new LearnerCompleted(7, 1, 5, LocalDate.of(2025, 8, 2), MAY, MAY),
                new LearnerCompleted(7, 1, 5, LocalDate.of(2025, 3, 1), MAY, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void shouldMoveTheFirstCompletionWhenOneIsWithdrawn() {
        Learner learner = learner();
        learner.complete(MAY);
        learner.undoCompletion(null);
        assertThat(learner.getFirstCompletedOn()).isNull();
        assertThat(learner.domainEvents()).last().isEqualTo(new CompletionUndone(7, 1, 5, MAY, null));
    }

    @Test
    void shouldKeepTheFirstVneidConfirmationAndMoveItWhenWithdrawn() {
        Learner learner = learner();
        learner.confirmVneid(LocalDate.of(2025, 6, 1));
        learner.confirmVneid(LocalDate.of(2025, 7, 1));
        assertThat(learner.getVneidConfirmedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        learner.undoVneidConfirmation(LocalDate.of(2025, 7, 1));
        assertThat(learner.getVneidConfirmedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(learner.domainEvents()).containsExactly(
                new VneidConfirmed(7, 1, 5, LocalDate.of(2025, 6, 1), null, LocalDate.of(2025, 6, 1)),
                new VneidConfirmed(7, 1, 5, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)),
                new VneidConfirmationUndone(7, 1, 5, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1)));
    }

    @Test
    void shouldAcceptLearnersFromTenToOneHundredAndTenYearsOld() {
        Learner.checkBirthYear(2015, 2025);
        Learner.checkBirthYear(1915, 2025);
        assertThatThrownBy(() -> Learner.checkBirthYear(2016, 2025)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Learner.checkBirthYear(1914, 2025)).isInstanceOf(DomainException.class);
    }

    private static Learner learner() {
        Learner learner = new Learner(1L, "Nguyễn Văn Dự", 1950, Gender.MALE, 5L, null, null, 2025, Instant.now(), "xa");
        ReflectionTestUtils.setField(learner, "id", 7L); // as after saving
        return learner;
    }

    @Test
    void shouldTidyTheNameAndKeepASearchKey() {
        Learner learner = new Learner(1L, "  Trần   Văn  Hoà ", 1980, Gender.MALE, 4L, " ", null, 2025, Instant.now(), "xa");
        assertThat(learner.getFullName()).isEqualTo("Trần Văn Hoà");
    }
}
