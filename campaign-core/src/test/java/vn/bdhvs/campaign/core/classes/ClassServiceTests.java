package vn.bdhvs.campaign.core.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** Classes and their sessions on PostgreSQL, within commune scopes. */
class ClassServiceTests extends CommuneFixture {

    @Test
    void shouldKeepSessionsWithinTheClassDatesAllOrNothing() {
        Actor official = official("25807");
        long classId = newClass(official, "25807", LocalDate.of(2025, 9, 6), LocalDate.of(2025, 9, 27), 30);
        assertThatThrownBy(() -> training.addSession(official, classId, LocalDate.of(2025, 10, 4), null))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("session.outsideClass"));
        // five Saturdays from 6/9 would end on 4/10, after the class: nothing is added
        assertThatThrownBy(() -> training.addWeeklySeries(official, classId, LocalDate.of(2025, 9, 6), 5, LocalTime.of(8, 0)))
                .isInstanceOf(DomainException.class);
        assertThat(training.detail(official, classId).sessions()).isEmpty();
        training.addWeeklySeries(official, classId, LocalDate.of(2025, 9, 6), 4, LocalTime.of(8, 0));
        assertThat(training.detail(official, classId).sessions()).extracting(SessionView::date).containsExactly(
                LocalDate.of(2025, 9, 6), LocalDate.of(2025, 9, 13), LocalDate.of(2025, 9, 20), LocalDate.of(2025, 9, 27));
    }

    @Test
    void shouldRefuseTheSameCreateFormTwice() {
        Actor official = official("25768");
        String token = UUID.randomUUID().toString();
        ClassCmd cmd = classCmd(today, today.plusDays(7), 10, token);
        training.create(official, "25768", cmd);
        assertThatThrownBy(() -> training.create(official, "25768", cmd))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("form.alreadySubmitted"));
        assertThat(training.list(official, "25768", new ClassFilter(null, null, null), 0, 20).total()).isEqualTo(1);
    }

    @Test
    void shouldFilterAndPageTheClassList() {
        Actor official = official("25771");
        for (int i = 0; i < 12; i++) {
            newClass(official, "25771", LocalDate.of(2025, 3 + i % 2, 1), LocalDate.of(2025, 3 + i % 2, 20), 10);
        }
        ClassPage page = training.list(official, "25771", new ClassFilter(null, null, null), 1, 10);
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.items()).hasSize(2);
        assertThat(page.totalPages()).isEqualTo(2);
        // classes of 2025 have started: they are running, and listed (and filtered) as running
        assertThat(training.list(official, "25771", new ClassFilter(ClassStatus.RUNNING, Topic.VNEID, YearMonth.of(2025, 4)),
                0, 10).total()).isEqualTo(6);
        assertThat(training.list(official, "25771", new ClassFilter(ClassStatus.PLANNED, null, null), 0, 10).total())
                .isZero();
        assertThat(page.items()).extracting(ClassSummary::status).containsOnly(ClassStatus.RUNNING);
        newClass(official, "25771", today.plusDays(10), today.plusDays(20), 10);
        assertThat(training.list(official, "25771", new ClassFilter(ClassStatus.PLANNED, null, null), 0, 10).items())
                .singleElement().extracting(ClassSummary::status).isEqualTo(ClassStatus.PLANNED);
        assertThat(training.list(official, "25771", new ClassFilter(ClassStatus.CANCELLED, null, null), 0, 10).total())
                .isZero();
    }

    @Test
    void shouldKeepEveryoneElseOutOfACommune() {
        Actor owner = official("25837");
        long classId = newClass(owner, "25837", today.minusDays(3), today.plusDays(3), 10);
        training.addSession(owner, classId, today, null);
        long session = training.detail(owner, classId).sessions().get(0).id();
        long learner = register(owner, "25837", "Đỗ Văn Khang", null).learner().id();
        enrollments.enroll(owner, classId, List.of(learner), false);
        long enrollment = training.detail(owner, classId).enrollments().get(0).id();

        Actor neighbour = official("26740");
        assertThatThrownBy(() -> training.detail(neighbour, classId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> training.list(neighbour, "25837", new ClassFilter(null, null, null), 0, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> training.addSession(neighbour, classId, today, LocalTime.NOON)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> training.cancel(neighbour, classId, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attendance.sheet(neighbour, session)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attendance.record(neighbour, session, Map.of(learner, AttendanceStatus.ABSENT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollments.complete(neighbour, enrollment, today, null, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learners.get(neighbour, learner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learners.search(neighbour, "25837", "", 10)).isInstanceOf(NotFoundException.class);

        CommuneSummary commune = geography.findCommune("25837").orElseThrow();
        Actor manager = new Actor("quanly", Role.MANAGER, UnitScope.province(commune.provinceId()));
        assertThat(training.detail(manager, classId).canEdit()).isFalse();
        assertThatThrownBy(() -> training.addSession(manager, classId, today, LocalTime.NOON)).isInstanceOf(ForbiddenException.class);
        Actor staff = new Actor("bcd", Role.PROVINCE_STAFF, UnitScope.province(commune.provinceId()));
        training.addSession(staff, classId, today, LocalTime.NOON);
        assertThat(training.detail(owner, classId).sessions()).hasSize(2);
    }
}
