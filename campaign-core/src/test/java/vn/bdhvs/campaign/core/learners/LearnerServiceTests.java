package vn.bdhvs.campaign.core.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** Learners and their citizen IDs on PostgreSQL, within commune scopes. */
class LearnerServiceTests extends CommuneFixture {

    @Test
    void shouldRecogniseADuplicateCitizenIdButRevealThePersonOnlyWithinScope() {
        Registration first = register(official("25750"), "25750", "Trần Thị Lan", "079 195 001 234");
        assertThat(first.outcome()).isEqualTo(Registration.Outcome.REGISTERED);
        // another ward's official learns only that the person is registered elsewhere
        Registration again = register(official("26740"), "26740", "Tran Thi Lan", "079195001234");
        assertThat(again.outcome()).isEqualTo(Registration.Outcome.REGISTERED_ELSEWHERE);
        assertThat(again.learner()).isNull();
        // so does an official in another province
        Registration hanoi = register(official("00004"), "00004", "Trần Thị Lan", "079195001234");
        assertThat(hanoi.outcome()).isEqualTo(Registration.Outcome.REGISTERED_ELSEWHERE);
        assertThat(hanoi.learner()).isNull();
        // the province's own staff see who it is
        CommuneSummary phuLoi = geography.findCommune("25750").orElseThrow();
        Actor staff = new Actor("bcd.test", Role.PROVINCE_STAFF, UnitScope.province(phuLoi.provinceId()));
        Registration inScope = register(staff, "26740", "Trần Thị Lan", "079195001234");
        assertThat(inScope.outcome()).isEqualTo(Registration.Outcome.ALREADY_REGISTERED_HERE);
        assertThat(inScope.learner().id()).isEqualTo(first.learner().id());
        assertThat(inScope.learner().communeName()).isEqualTo("Phường Phú Lợi");
        assertThat(learners.search(official("26740"), "26740", "Lan", 10)).isEmpty();

        // the person can be enrolled in the other ward's class by the citizen ID and the name they are
        // registered with (case and spacing aside), and that is audited; a citizen ID with another
        // name enrols no one, so it cannot reveal who is registered under it
        Actor saiGon = official("26740");
        long classId = newClass(saiGon, "26740", today.minusDays(1), today.plusDays(30), 20);
        assertThatThrownBy(() -> enrollments.enrollByCitizenId(saiGon, classId, "079195001234", "Trần Thị", false))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("enrollment.citizenId.nameMismatch"));
        assertThatThrownBy(() -> enrollments.enrollByCitizenId(saiGon, classId, "079195001234", null, false))
                .isInstanceOf(DomainException.class);
        assertThat(enrollments.enrollByCitizenId(saiGon, classId, "079195001234", " trần  THỊ lan", false).enrolled())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'CREATE_OUTSIDE_SCOPE' and actor = 'xa.26740'
                  and after_state ->> 'learnerId' = ?
                """).param(String.valueOf(first.learner().id())).query(Long.class).single()).isEqualTo(1);
        // they keep counting where they are registered
        assertThat(learners.get(official("25750"), first.learner().id()).communeCode()).isEqualTo("25750");
        // but not by a guessed id alone, and an unknown citizen ID enrols nobody
        long other = register(official("25750"), "25750", "Lê Văn Tư", null).learner().id();
        assertThatThrownBy(() -> enrollments.enroll(saiGon, classId, List.of(other), false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollments.enrollByCitizenId(saiGon, classId, "079195009999", "Ai Đó", false))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("enrollment.citizenId.unknown"));
    }

    @Test
    void shouldLimitCitizenIdLookUpsPerUserAndHour() {
        Actor official = official("27007");
        register(official, "27007", "Phạm Thị Mai", "079199000777");
        // registering new people does not count; finding someone does, 30 times an hour by default
        for (int i = 0; i < 30; i++) {
            assertThat(register(official, "27007", "Phạm Thị Mai", "079199000777").duplicate()).isTrue();
        }
        assertThatThrownBy(() -> register(official, "27007", "Phạm Thị Mai", "079199000777"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("learner.citizenId.rateLimited"));
        // once the limit is reached every look-up is refused, found or not, so the refusal reveals nothing
        assertThatThrownBy(() -> register(official, "27007", "Người mới", "079199000778"))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("learner.citizenId.rateLimited"));
        long classId = newClass(official, "27007", today.minusDays(1), today.plusDays(30), 20);
        assertThatThrownBy(() -> enrollments.enrollByCitizenId(official, classId, "079199000777", "Phạm Thị Mai", false))
                .isInstanceOfSatisfying(DomainException.class,
                        ex -> assertThat(ex.code()).isEqualTo("learner.citizenId.rateLimited"));
        // other users are not affected, and registering without a citizen ID still works
        assertThat(register(official("27097"), "27097", "Phạm Thị Mai", "079199000777").elsewhere()).isTrue();
        assertThat(register(official, "27007", "Người mới", null).duplicate()).isFalse();
    }

    @Test
    void shouldRejectBadLearnerInput() {
        Actor official = official("25792");
        assertThatThrownBy(() -> register(official, "25792", "Bé Na", null, today.getYear() - 5))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("learner.birthYear.range"));
        assertThatThrownBy(() -> register(official, "25792", "Cụ Tư", "12345", 1950))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("learner.citizenId.invalid"));
        assertThat(learners.search(official, "25792", "", 50)).isEmpty();
    }
}
