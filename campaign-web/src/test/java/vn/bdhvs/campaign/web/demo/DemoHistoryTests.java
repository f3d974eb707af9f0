package vn.bdhvs.campaign.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.demo.DemoHistoryGenerator;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.ProgressRecompute;
import vn.bdhvs.campaign.reporting.progress.ProvinceProgressService;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;
import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The demo profile's generated history, run inside the test's transaction and rolled back, so the
 * other web tests keep their empty history: fast, consistent with the counters, varied, idempotent,
 * labelled, and absent outside the demo profile.
 */
@CampaignWebTest
@Transactional
class DemoHistoryTests {

    private static final Actor NATION = new Actor("demo-history-test", Role.ADMIN, UnitScope.nation());

    @Autowired
    DemoHistory history;

    @Autowired
    DemoHistoryGenerator generator;

    @Autowired
    ProvinceProgressService progress;

    @Autowired
    ProgressRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void shouldGenerateAVariedHistoryInSecondsWhoseCountersEqualARecompute() {
        assertThat(generator.generated()).as("switched off for the web tests").isFalse();
        long started = System.nanoTime();
        DemoHistoryGenerator.Report report = history.generate();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("Demo history generated in " + took.toMillis() + " ms: " + report);

        assertThat(report.generated()).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(report.learners()).isGreaterThan(20_000);
        assertThat(report.completions()).isGreaterThan(report.learners() / 2);
        assertThat(report.schematicMaps()).isEqualTo(5);

        // the generator ended with the app's recompute: the counters are what the raw rows say
        List<String> counters = counters();
        recompute.recomputeAll();
        assertThat(counters()).isNotEmpty().isEqualTo(counters);
        long trained = jdbc.sql("select count(*) from learner where first_completed_on is not null")
                .query(Long.class).single();
        assertThat(jdbc.sql("select sum(value) from progress_counter where metric = 'TRAINED'").query(Long.class)
                .single()).isEqualTo(trained);

        // nothing generated happened after today (other tests share this database and plan classes ahead)
        LocalDate today = LocalDate.now(clock);
        assertThat(jdbc.sql("""
                select greatest(
                    (select max(end_date) from training_class where created_by = 'demo-generator'),
                    (select max(s.session_date) from class_session s join training_class c on c.id = s.class_id
                     where c.created_by = 'demo-generator'),
                    (select max(e.completed_on) from enrollment e join training_class c on c.id = e.class_id
                     where c.created_by = 'demo-generator'),
                    (select max(vneid_confirmed_on) from learner where created_by = 'demo-generator'),
                    (select max(activity_date) from team_activity where created_by = 'demo-generator'))
                """).query(LocalDate.class).single()).isBeforeOrEqualTo(today);

        int year = Math.min(today.getYear(), 2026);
        for (String province : List.of("79", "48", "19")) {
            Dashboards.Province dashboard = progress.dashboard(NATION, province, year, true, null, null);
            assertThat(dashboard.cards()).as(province + " cards with data and a target")
                    .anyMatch(card -> card.actual() > 0 && card.target() != null);
            Set<ProgressStatus> statuses = dashboard.communes().stream().map(c -> c.value().status())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProgressStatus.class)));
            assertThat(statuses).as(province + " ranking").contains(ProgressStatus.ON_TRACK)
                    .containsAnyOf(ProgressStatus.AT_RISK, ProgressStatus.BEHIND);
        }
        // Phú Thọ keeps Vĩnh Phúc's 1,240 community digital technology teams of the press report
        ProgressValue teams = progress.dashboard(NATION, "25", year, true, "DIGITAL_TEAMS", null).focus();
        assertThat(teams.actual()).isGreaterThanOrEqualTo(1240);

        Map<String, Long> ward = jdbc.sql("""
                select 'classes', count(*) from training_class t join commune c on c.id = t.commune_id where c.code = '25747'
                union all select 'learners', count(*) from learner l join commune c on c.id = l.commune_id where c.code = '25747'
                union all select 'completions', count(*) from learner l join commune c on c.id = l.commune_id
                    where c.code = '25747' and l.first_completed_on is not null
                """).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(ward).allSatisfy((what, count) -> assertThat(count).as(what).isPositive());
    }

    @Test
    void shouldChangeNothingWhenRunTwice() {
        assertThat(history.generate().generated()).isTrue();
        Map<String, Long> before = tableCounts();
        List<String> counters = counters();

        DemoHistoryGenerator.Report again = history.generate();

        assertThat(again.generated()).isFalse();
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(counters()).isEqualTo(counters);
    }

    @Test
    void shouldLabelDemoDataAndTheSchematicMap() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dữ liệu minh họa (demo)")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Demo data (illustrative)")));
        var admin = users.loadUserByUsername("quantri");
        mvc.perform(get("/dashboard/provinces/79").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"map-schematic\""))));

        history.generate();

        mvc.perform(get("/dashboard/provinces/79").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"map-schematic\"")))
                .andExpect(content().string(Matchers.containsString("id=\"map-data\"")))
                .andExpect(content().string(Matchers.containsString("Sơ đồ minh họa, không phải ranh giới thật")));
        // a province without the generated schematic says nothing about one
        mvc.perform(get("/dashboard/provinces/01").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"map-schematic\""))));
    }

    @Test
    void shouldNotBeABeanOutsideTheDemoProfile() {
        assertThat(demoComponents(new StandardEnvironment())).isEmpty();
        StandardEnvironment demo = new StandardEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(demoComponents(demo)).contains(DemoHistoryGenerator.class.getName(), DemoHistory.class.getName(),
                DemoLabels.class.getName(), DemoData.class.getName(), DemoCampaign.class.getName());
    }

    private static Set<String> demoComponents(StandardEnvironment environment) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true,
                environment);
        return scanner.findCandidateComponents("vn.bdhvs.campaign").stream().map(b -> b.getBeanClassName())
                .filter(name -> name.contains(".demo.")).collect(Collectors.toSet());
    }

    private List<String> counters() {
        return jdbc.sql("""
                select commune_id || '|' || coalesce(group_id, 0) || '|' || month || '|' || metric || '|' || value
                from progress_counter order by 1
                """).query(String.class).list();
    }

    private Map<String, Long> tableCounts() {
        return jdbc.sql("""
                select 'training_class', count(*) from training_class union all select 'class_session', count(*) from class_session
                union all select 'learner', count(*) from learner union all select 'enrollment', count(*) from enrollment
                union all select 'attendance', count(*) from attendance union all select 'community_team', count(*) from community_team
                union all select 'team_activity', count(*) from team_activity
                union all select 'population_baseline', count(*) from population_baseline
                union all select 'kpi_target', count(*) from kpi_target
                union all select 'commune_boundary_set', count(*) from commune_boundary_set
                """).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
