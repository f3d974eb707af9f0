package vn.bdhvs.campaign.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import vn.bdhvs.campaign.QueryLog;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.BaselineInput;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetCellInput;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.planning.TargetService;
import vn.bdhvs.campaign.core.training.ClassCmd;
import vn.bdhvs.campaign.core.training.ClassFormat;
import vn.bdhvs.campaign.core.training.EnrollmentService;
import vn.bdhvs.campaign.core.training.Gender;
import vn.bdhvs.campaign.core.training.LearnerService;
import vn.bdhvs.campaign.core.training.Organiser;
import vn.bdhvs.campaign.core.training.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.training.Topic;
import vn.bdhvs.campaign.core.training.TrainingService;

/** Progress on PostgreSQL: counts from the counters, targets and baselines, roll-up and former units. */
@SpringBootTest
class ProgressServiceTests {

    static final Actor ADMIN = new Actor("quantri", Role.ADMIN, UnitScope.nation());

    @Autowired
    ProgressService progress;

    @Autowired
    TrainingService training;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    TargetService targets;

    @Autowired
    BaselineService baselines;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    GeographyService geography;

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    Clock clock;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
    }

    @Test
    void shouldCountCompletionsOncePerLearnerAndRollThemUpToTheProvince() {
        ProvinceSummary quangNgai = geography.findProvince("51").orElseThrow();
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "51").communes();
        TargetGroup adults = group("ADULTS");
        int year = LocalDate.now(clock).getYear() - 1;
        setTarget(quangNgai.id(), year, "TRAINED_SHARE", adults, "50");
        baselines.save(ADMIN, quangNgai.id(), null, year, List.of(new BaselineInput(adults.id(), "10", null)));
        // three learners in two communes complete; one of them twice
        long a = completeOnce(communes.get(0), adults, LocalDate.of(year, 3, 1));
        completeAgain(communes.get(0), a, LocalDate.of(year, 5, 1));
        completeOnce(communes.get(0), adults, LocalDate.of(year, 5, 1));
        completeOnce(communes.get(1), adults, LocalDate.of(year, 9, 1));

        Dashboards.Province dashboard = progress.province(ADMIN, "51", year, true, "TRAINED_SHARE", "ADULTS");
        ProgressValue focus = dashboard.focus();
        assertThat(focus.actual()).isEqualTo(3);
        assertThat(focus.share()).isEqualByComparingTo("30.0");
        assertThat(focus.target()).isEqualByComparingTo("50");
        assertThat(focus.percentOfTarget()).isEqualByComparingTo("60.0");
        assertThat(focus.status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(dashboard.monthly()).hasSize(12);
        assertThat(dashboard.monthly().get(2).measure()).isEqualByComparingTo("10.0");
        assertThat(dashboard.monthly().get(11).measure()).isEqualByComparingTo("30.0");
        // every commune is ranked, laggards first
        assertThat(dashboard.communes()).hasSize(communes.size());
        Dashboards.CommuneProgress first = dashboard.communes().stream()
                .filter(c -> c.commune().id() == communes.get(0).id()).findFirst().orElseThrow();
        assertThat(first.value().actual()).isEqualTo(2);
        assertThat(first.value().target()).isEqualByComparingTo("50"); // the share is copied down
        assertThat(progress.commune(ADMIN, communes.get(1).code(), year, "TRAINED_SHARE", "ADULTS").focus().actual())
                .isEqualTo(1);
    }

    @Test
    void shouldCountDataOfMergedCommunesAndShowFormerProvincesTargetsUnderTheSuccessor() {
        int year = 2025;
        TargetGroup publicSector = group("PUBLIC_SECTOR");
        ProvinceSummary daNang = geography.findProvince("48").orElseThrow();
        long quangNam = geography.province(UnitScope.nation(), "48").formerProvinces().stream()
                .filter(p -> p.name().equals("Quảng Nam")).findFirst().orElseThrow().id();
        setTarget(quangNam, year, "TRAINED_SHARE", publicSector, "80");
        // a ward that exists since 1 July 2025, with a completion recorded in March under the old units
        CommuneSummary ward = geography.province(UnitScope.nation(), "48").communes().get(0);
        completeOnce(ward, publicSector, LocalDate.of(year, 3, 15));

        ProgressValue with = progress.province(ADMIN, "48", year, true, "TRAINED_SHARE", "PUBLIC_SECTOR").focus();
        ProgressValue without = progress.province(ADMIN, "48", year, false, "TRAINED_SHARE", "PUBLIC_SECTOR").focus();
        assertThat(with.target()).isEqualByComparingTo("80");
        assertThat(without.target()).isNull();
        assertThat(without.status()).isEqualTo(ProgressStatus.NO_TARGET);
        assertThat(with.actual()).isEqualTo(without.actual()).isGreaterThanOrEqualTo(1);
        assertThat(daNang.code()).isEqualTo("48");
        // the nation view ranks all 34 provinces
        assertThat(progress.nation(ADMIN, year).provinces()).hasSize(34);
    }

    @Test
    void shouldFallBackOnEachProvincesOwnCommuneBaselines() {
        int year = 2025;
        TargetGroup adults = group("ADULTS");
        CommuneSummary tuyenQuang = geography.province(UnitScope.nation(), "08").communes().get(0);
        CommuneSummary laoCai = geography.province(UnitScope.nation(), "15").communes().get(0);
        baselines.save(ADMIN, tuyenQuang.provinceId(), tuyenQuang.code(), year,
                List.of(new BaselineInput(adults.id(), "100", null)));
        baselines.save(ADMIN, laoCai.provinceId(), laoCai.code(), year, List.of(new BaselineInput(adults.id(), "300", null)));
        completeOnce(tuyenQuang, adults, LocalDate.of(year, 4, 1));
        ProgressValue value = progress.nation(ADMIN, year).provinces().stream()
                .filter(p -> p.province().code().equals("08")).findFirst().orElseThrow().value();
        assertThat(value.baseline()).isEqualTo(100L);
        assertThat(value.share()).isEqualByComparingTo("1.0");
    }

    @Test
    void shouldReadOnlyCountersWithAConstantNumberOfQueries() {
        int year = LocalDate.now(clock).getYear();
        QueryLog.start();
        progress.province(ADMIN, "68", year, true, null, null); // Lâm Đồng, 124 communes
        List<String> large = QueryLog.stop();
        QueryLog.start();
        progress.province(ADMIN, "11", year, true, null, null); // Điện Biên, 45 communes
        List<String> small = QueryLog.stop();
        assertThat(large).hasSameSizeAs(small).hasSizeLessThanOrEqualTo(10);
        assertThat(large.stream().filter(sql -> sql.contains("progress_counter"))).hasSize(1);
        assertThat(large).noneMatch(sql -> sql.matches("(?s).*\\b(learner|enrollment|attendance|class_session)\\b.*"));
    }

    private long completeOnce(CommuneSummary commune, TargetGroup group, LocalDate on) {
        long learner = learners.register(ADMIN, commune.code(), new RegisterLearnerCmd("Người học " + UUID.randomUUID(),
                1980, Gender.FEMALE, group.id(), null, null, null, UUID.randomUUID().toString())).learner().id();
        completeAgain(commune, learner, on);
        return learner;
    }

    private void completeAgain(CommuneSummary commune, long learner, LocalDate on) {
        long classId = training.create(ADMIN, commune.code(), new ClassCmd("Lớp", Topic.BASIC_SKILLS, ClassFormat.ONLINE,
                Organiser.GOVERNMENT, List.of(group("ADULTS").id()), on, on, null, 10, null, UUID.randomUUID().toString()));
        enrollments.enroll(ADMIN, classId, List.of(learner), false);
        long enrollment = training.detail(ADMIN, classId).enrollments().get(0).id();
        enrollments.complete(ADMIN, enrollment, on, null, 0);
    }

    private void setTarget(long provinceId, int year, String indicator, TargetGroup group, String value) {
        long indicatorId = catalog.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst().orElseThrow()
                .id();
        var cell = targets.grid(ADMIN, provinceId, year).cells().get(indicatorId + ":" + group.id());
        targets.save(ADMIN, provinceId, year,
                List.of(new TargetCellInput(indicatorId, group.id(), value, cell == null ? null : cell.version())), true);
    }

    private TargetGroup group(String code) {
        return catalog.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

}
