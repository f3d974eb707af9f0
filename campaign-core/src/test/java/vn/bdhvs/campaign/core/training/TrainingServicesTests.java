package vn.bdhvs.campaign.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;

/** Classes, learners, enrolment, attendance and completion on PostgreSQL, within commune scopes. */
@SpringBootTest
class TrainingServicesTests {

    @Autowired
    TrainingService training;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    TeamService teams;

    @Autowired
    GeographyService geography;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    LocalDate today;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
        today = LocalDate.now(clock);
    }

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
        CommuneFigures figures = training.figures(official, "25747");
        assertThat(figures.trainedLearners()).isEqualTo(1);
        assertThat(figures.enrollments()).isEqualTo(3);
        assertThat(learners.get(official, learner).firstCompletedOn()).isEqualTo(today.minusDays(2));
    }

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

        // the person can be enrolled in the other ward's class by the citizen ID, and that is audited
        Actor saiGon = official("26740");
        long classId = newClass(saiGon, "26740", today.minusDays(1), today.plusDays(30), 20);
        assertThat(enrollments.enrollByCitizenId(saiGon, classId, "079195001234", false).enrolled()).isEqualTo(1);
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
        assertThatThrownBy(() -> enrollments.enrollByCitizenId(saiGon, classId, "079195009999", false))
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
        assertThatThrownBy(() -> enrollments.enrollByCitizenId(official, classId, "079199000777", false))
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
    void shouldRecordAttendanceOnlyForEnrolledLearners() {
        Actor official = official("25813");
        long classId = newClass(official, "25813", today.minusDays(10), today, 30);
        training.addSession(official, classId, today.minusDays(3), null);
        long session = training.detail(official, classId).sessions().get(0).id();
        long enrolled = register(official, "25813", "Phạm Văn An", null).learner().id();
        long outsider = register(official, "25813", "Phạm Văn Bình", null).learner().id();
        enrollments.enroll(official, classId, List.of(enrolled), false);
        assertThatThrownBy(() -> enrollments.recordAttendance(official, session,
                Map.of(enrolled, AttendanceStatus.PRESENT, outsider, AttendanceStatus.PRESENT)))
                .isInstanceOfSatisfying(DomainException.class, ex -> {
                    assertThat(ex.code()).isEqualTo("attendance.notEnrolled");
                    assertThat(ex.args()).containsExactly("Phạm Văn Bình");
                });
        assertThat(enrollments.sheet(official, session).rows()).allSatisfy(r -> assertThat(r.status()).isNull());
        assertThat(enrollments.recordAttendance(official, session, Map.of(enrolled, AttendanceStatus.LATE))).isEqualTo(1);
        // the same sheet again (a double submit) changes nothing
        assertThat(enrollments.recordAttendance(official, session, Map.of(enrolled, AttendanceStatus.LATE))).isZero();
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
        assertThat(training.figures(official, "25822").trainedLearners()).isZero();
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
        assertThatThrownBy(() -> enrollments.sheet(neighbour, session)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollments.recordAttendance(neighbour, session, Map.of(learner, AttendanceStatus.ABSENT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enrollments.complete(neighbour, enrollment, today, null, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learners.get(neighbour, learner)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learners.search(neighbour, "25837", "", 10)).isInstanceOf(NotFoundException.class);

        CommuneSummary commune = geography.findCommune("25837").orElseThrow();
        Actor manager = new Actor("quanly", Role.MANAGER, UnitScope.province(commune.provinceId()));
        assertThat(training.detail(manager, classId).editable()).isFalse();
        assertThatThrownBy(() -> training.addSession(manager, classId, today, LocalTime.NOON)).isInstanceOf(ForbiddenException.class);
        Actor staff = new Actor("bcd", Role.PROVINCE_STAFF, UnitScope.province(commune.provinceId()));
        training.addSession(staff, classId, today, LocalTime.NOON);
        assertThat(training.detail(owner, classId).sessions()).hasSize(2);
    }

    @Test
    void shouldRegisterTeamsAndAddUpTheirReports() {
        Actor official = official("25777");
        long team = teams.register(official, "25777", new TeamCmd(TeamKind.DIGITAL_TECH, "Tổ CNSCĐ khu phố 1", 9,
                null, UUID.randomUUID().toString()));
        teams.report(official, team, new ActivityCmd(today, "Ngày Chuyển đổi số 10/10", 120, 35, 1, 4, 60,
                UUID.randomUUID().toString()));
        teams.report(official, team, new ActivityCmd(today, "Hướng dẫn cài VNeID", 40, 10, 0, 0, 0,
                UUID.randomUUID().toString()));
        TeamView view = teams.teams(official, "25777").get(0);
        assertThat(view.reports()).isEqualTo(2);
        assertThat(view.peopleGuided()).isEqualTo(160);
        assertThat(view.dossiersSupported()).isEqualTo(45);
        CommuneFigures figures = training.figures(official, "25777");
        assertThat(figures.teams()).isEqualTo(1);
        assertThat(figures.teamMembers()).isEqualTo(9);
        assertThat(figures.peopleGuided()).isEqualTo(220);
        assertThatThrownBy(() -> teams.report(official, team, new ActivityCmd(today.plusDays(1), "Sau", 1, 0, 0, 0, 0,
                UUID.randomUUID().toString()))).isInstanceOf(DomainException.class);
    }

    private Actor official(String communeCode) {
        CommuneSummary commune = geography.findCommune(communeCode).orElseThrow();
        return new Actor("xa." + communeCode, Role.COMMUNE_OFFICIAL, UnitScope.commune(commune.provinceId(), commune.id()));
    }

    private long newClass(Actor actor, String communeCode, LocalDate start, LocalDate end, int capacity) {
        return training.create(actor, communeCode, classCmd(start, end, capacity, UUID.randomUUID().toString()));
    }

    private ClassCmd classCmd(LocalDate start, LocalDate end, int capacity, String token) {
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        return new ClassCmd("Cài đặt và sử dụng VNeID", Topic.VNEID, ClassFormat.IN_PERSON, Organiser.DIGITAL_TECH_TEAM,
                List.of(adults), start, end, "Nhà văn hoá khu phố", capacity, null, token);
    }

    private Registration register(Actor actor, String communeCode, String name, String citizenId) {
        return register(actor, communeCode, name, citizenId, 1960);
    }

    private Registration register(Actor actor, String communeCode, String name, String citizenId, int birthYear) {
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        return learners.register(actor, communeCode, new RegisterLearnerCmd(name, birthYear, Gender.FEMALE, adults, null,
                citizenId, null, UUID.randomUUID().toString()));
    }
}
