package vn.bdhvs.campaign.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.common.DomainException;

class LearnerTests {

    @Test
    void shouldCountALearnerOnceHoweverManyClassesTheyComplete() {
        Learner learner = new Learner(1L, "Nguyễn Văn Dự", 1950, Gender.MALE, 5L, null, null, 2025, Instant.now(), "xa");
        assertThat(learner.registerCompletion(LocalDate.of(2025, 5, 10))).isTrue();
        assertThat(learner.registerCompletion(LocalDate.of(2025, 8, 2))).isFalse();
        assertThat(learner.registerCompletion(LocalDate.of(2025, 10, 10))).isFalse();
        assertThat(learner.getFirstCompletedOn()).isEqualTo(LocalDate.of(2025, 5, 10));
        // a completion recorded late but dated earlier becomes the first one
        assertThat(learner.registerCompletion(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(learner.getFirstCompletedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void shouldKeepTheFirstVneidConfirmation() {
        Learner learner = new Learner(1L, "Lê Thị Hoa", 1990, Gender.FEMALE, 4L, null, null, 2025, Instant.now(), "xa");
        learner.registerVneidConfirmation(LocalDate.of(2025, 6, 1));
        learner.registerVneidConfirmation(LocalDate.of(2025, 7, 1));
        assertThat(learner.getVneidConfirmedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void shouldAcceptLearnersFromTenToOneHundredAndTenYearsOld() {
        Learner.checkBirthYear(2015, 2025);
        Learner.checkBirthYear(1915, 2025);
        assertThatThrownBy(() -> Learner.checkBirthYear(2016, 2025)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Learner.checkBirthYear(1914, 2025)).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldTidyTheNameAndKeepASearchKey() {
        Learner learner = new Learner(1L, "  Trần   Văn  Hoà ", 1980, Gender.MALE, 4L, " ", null, 2025, Instant.now(), "xa");
        assertThat(learner.getFullName()).isEqualTo("Trần Văn Hoà");
    }
}
