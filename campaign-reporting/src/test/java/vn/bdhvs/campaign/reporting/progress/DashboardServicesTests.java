package vn.bdhvs.campaign.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.QueryLog;
import vn.bdhvs.campaign.reporting.PlanFixture;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.BaselineInput;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.classes.Topic;

/** The province, commune and nation dashboards on PostgreSQL: counts from the counters, targets and baselines, roll-up and former units. */
class DashboardServicesTests extends PlanFixture {

    @Autowired
    ProvinceProgressService provinceProgress;

    @Autowired
    CommuneProgressService communeProgress;

    @Autowired
    NationProgressService nationProgress;

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

        Dashboards.Province dashboard = provinceProgress.dashboard(ADMIN, "51", year, true, "TRAINED_SHARE", "ADULTS");
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
        assertThat(communeProgress.dashboard(ADMIN, communes.get(1).code(), year, "TRAINED_SHARE", "ADULTS").focus().actual())
                .isEqualTo(1);
    }

    @Test
    void shouldApplyAFormerProvincesTargetsOnlyToTheCommunesFormedFromIt() {
        int year = 2025;
        TargetGroup publicSector = group("PUBLIC_SECTOR");
        long quangNam = geography.province(UnitScope.nation(), "48").formerProvinces().stream()
                .filter(p -> p.name().equals("Quảng Nam")).findFirst().orElseThrow().id();
        setTarget(quangNam, year, "TRAINED_SHARE", publicSector, "80");
        baselines.save(ADMIN, quangNam, null, year, List.of(new BaselineInput(publicSector.id(), "1000", null)));
        // Hội An was a city of Quảng Nam; Hải Châu was a district of Đà Nẵng
        CommuneSummary hoiAn = commune("48", "Phường Hội An");
        CommuneSummary haiChau = commune("48", "Phường Hải Châu");
        completeOnce(hoiAn, publicSector, LocalDate.of(year, 3, 15));
        completeOnce(haiChau, publicSector, LocalDate.of(year, 3, 15));

        Dashboards.Province with = provinceProgress.dashboard(ADMIN, "48", year, true, "TRAINED_SHARE", "PUBLIC_SECTOR");
        Dashboards.Province without = provinceProgress.dashboard(ADMIN, "48", year, false, "TRAINED_SHARE", "PUBLIC_SECTOR");
        // measured over Quảng Nam's communes only, against Quảng Nam's baseline
        assertThat(with.focus().target()).isEqualByComparingTo("80");
        assertThat(with.focus().actual()).isEqualTo(1);
        assertThat(with.focus().baseline()).isEqualTo(1000L);
        assertThat(with.focus().note().code()).isEqualTo("progress.note.formerTarget");
        assertThat(without.focus().target()).isNull();
        assertThat(without.focus().status()).isEqualTo(ProgressStatus.NO_TARGET);
        assertThat(without.focus().actual()).isEqualTo(2);
        // the target reaches Hội An, not Hải Châu, in the ranking and on the commune's own page
        assertThat(ranked(with, hoiAn).target()).isEqualByComparingTo("80");
        assertThat(ranked(with, haiChau).target()).isNull();
        assertThat(communeProgress.dashboard(ADMIN, hoiAn.code(), year, "TRAINED_SHARE", "PUBLIC_SECTOR").focus().target())
                .isEqualByComparingTo("80");
        assertThat(communeProgress.dashboard(ADMIN, haiChau.code(), year, "TRAINED_SHARE", "PUBLIC_SECTOR").focus().target())
                .isNull();
        // the nation view ranks all 34 provinces
        assertThat(nationProgress.dashboard(ADMIN, year).provinces()).hasSize(34);
    }

    @Test
    void shouldUseTheSameBaselineRuleForAProvinceAndItsCommunes() {
        int year = 2025;
        TargetGroup adults = group("ADULTS");
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "08").communes();
        ProvinceSummary tuyenQuang = geography.findProvince("08").orElseThrow();
        setTarget(tuyenQuang.id(), year, "TRAINED_SHARE", adults, "50");
        baselines.save(ADMIN, tuyenQuang.id(), communes.get(0).code(), year,
                List.of(new BaselineInput(adults.id(), "100", null)));
        completeOnce(communes.get(0), adults, LocalDate.of(year, 4, 1));
        // one commune's baseline is not the province's: unknown, and the note says how many communes have one
        ProgressValue partial = nationValue("08", year);
        assertThat(partial.baseline()).isNull();
        assertThat(partial.status()).isEqualTo(ProgressStatus.UNKNOWN);
        assertThat(partial.note().args()).containsExactly(1, communes.size());
        assertThat(provinceProgress.dashboard(ADMIN, "08", year, true, "TRAINED_SHARE", "ADULTS").focus().status())
                .isEqualTo(ProgressStatus.UNKNOWN);
        ProgressValue secondCommune = communeProgress.dashboard(ADMIN, communes.get(1).code(), year, "TRAINED_SHARE", "ADULTS")
                .focus();
        assertThat(secondCommune.status()).isEqualTo(ProgressStatus.UNKNOWN);
        assertThat(secondCommune.note().code()).isEqualTo("progress.note.missingBaseline");
        // with every commune's baseline the province's share is known everywhere
        StringBuilder csv = new StringBuilder(String.join(",", BaselineService.CSV_HEADER)).append('\n');
        communes.stream().skip(1).forEach(c -> csv.append(c.code()).append(",ADULTS,").append(year).append(",100\n"));
        baselines.importCsv(ADMIN, tuyenQuang.id(), csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ProgressValue complete = nationValue("08", year);
        assertThat(complete.baseline()).isEqualTo(100L * communes.size());
        assertThat(complete.status()).isNotEqualTo(ProgressStatus.UNKNOWN);
    }

    @Test
    void shouldReadOnlyCountersWithAConstantNumberOfQueries() {
        int year = LocalDate.now(clock).getYear();
        QueryLog.start();
        provinceProgress.dashboard(ADMIN, "68", year, true, null, null); // Lâm Đồng, 124 communes
        List<String> large = QueryLog.stop();
        QueryLog.start();
        provinceProgress.dashboard(ADMIN, "11", year, true, null, null); // Điện Biên, 45 communes
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


    private CommuneSummary commune(String provinceCode, String name) {
        return geography.province(UnitScope.nation(), provinceCode).communes().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static ProgressValue ranked(Dashboards.Province dashboard, CommuneSummary commune) {
        return dashboard.communes().stream().filter(c -> c.commune().id() == commune.id()).findFirst().orElseThrow()
                .value();
    }

    private ProgressValue nationValue(String provinceCode, int year) {
        return nationProgress.dashboard(ADMIN, year).provinces().stream().filter(p -> p.province().code().equals(provinceCode))
                .findFirst().orElseThrow().value();
    }


}
