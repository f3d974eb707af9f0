package vn.bdhvs.campaign.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;
import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/** Each input that used to answer 500: now a 400 or 404 page in Vietnamese, and nothing saved. */
@CampaignWebTest
class BadInputWebTests {

    static final String COMMUNE = "25813";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    GeographyService geography;

    @Autowired
    ClassService training;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void shouldRefuseAnInvalidLanguageParameterOrCookieWithA400() throws Exception {
        assertThat(body(mvc.perform(get("/login").param("lang", "../../etc")).andExpect(status().isBadRequest())
                .andReturn())).contains("Yêu cầu không hợp lệ").contains("không được hỗ trợ");
        MvcResult cookie = mvc.perform(get("/login").cookie(new Cookie("campaign-lang", "../../etc")))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(body(cookie)).contains("đã được đặt lại về tiếng Việt");
        // and the broken cookie is cleared, so the next page works
        assertThat(cookie.getResponse().getCookie("campaign-lang").getMaxAge()).isZero();
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk());
    }

    @Test
    void shouldAnswerAYearOutsideThePlanWithA400() throws Exception {
        UserDetails staff = users.loadUserByUsername("bcd.hcm");
        for (String url : List.of("/dashboard/provinces/79", "/dashboard/communes/25747", "/provinces/79/targets",
                "/provinces/79/baselines", "/communes/25747/baselines")) {
            assertThat(body(mvc.perform(get(url).param("year", "1999").with(user(staff)))
                    .andExpect(status().isBadRequest()).andReturn())).as(url).contains("1999");
        }
        mvc.perform(get("/provinces/{code}/allocation", "79").param("indicator", "1").param("year", "1999")
                .with(user(staff))).andExpect(status().isBadRequest());
        long before = jdbc.sql("select count(*) from kpi_target").query(Long.class).single();
        mvc.perform(post("/provinces/{code}/targets", "79").param("year", "1999")
                .param("cells[0].indicatorId", "1").param("cells[0].groupId", "1").param("cells[0].value", "50")
                .with(user(staff)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from kpi_target").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldNameTheMissingOrMalformedValue() throws Exception {
        UserDetails staff = users.loadUserByUsername("bcd.hcm");
        assertThat(body(mvc.perform(get("/provinces/{code}/allocation", "79").param("year", "2026")
                .with(user(staff))).andExpect(status().isBadRequest()).andReturn())).contains("Thiếu giá trị &quot;indicator&quot;");
        assertThat(body(mvc.perform(get("/classes/abc").with(user(staff))).andExpect(status().isBadRequest())
                .andReturn())).contains("Giá trị &quot;abc&quot; của &quot;id&quot; không hợp lệ");
    }

    @Test
    void shouldOpenTheAllocationOfAFormerProvince() throws Exception {
        long binhDuong = geography.province(UnitScope.nation(), "79").formerProvinces().stream()
                .filter(p -> p.name().equals("Bình Dương")).findFirst().orElseThrow().id();
        int status = mvc.perform(get("/provinces/79/former/{id}/allocation", binhDuong).param("indicator", "1")
                .param("group", "1").param("year", "2026").with(user(users.loadUserByUsername("bcd.hcm"))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(500);
    }

    @Test
    void shouldRefuseAnAbsurdBaselineInTheFormAndTheCsv() throws Exception {
        UserDetails staff = users.loadUserByUsername("bcd.hcm");
        long before = jdbc.sql("select count(*) from population_baseline").query(Long.class).single();
        String form = body(mvc.perform(post("/provinces/{code}/baselines", "79").param("year", "2027")
                .param("rows[0].groupId", String.valueOf(group("ELDERLY"))).param("rows[0].value", "99999999999999999999999")
                .with(user(staff)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(form).contains("Số quá lớn");
        String csv = String.join(",", BaselineService.CSV_HEADER) + "\n79,ELDERLY,2027,99999999999999999999999\n";
        String page = body(mvc.perform(multipart("/provinces/{code}/baselines/csv", "79")
                .file(new MockMultipartFile("file", "dan-so.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("year", "2027").with(user(staff)).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Số quá lớn");
        assertThat(jdbc.sql("select count(*) from population_baseline").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldSaveNothingFromATamperedAttendanceSheet() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null,
                COMMUNE));
        var commune = geography.findCommune(COMMUNE).orElseThrow();
        Actor actor = new Actor(official.getUsername(), Role.COMMUNE_OFFICIAL,
                UnitScope.commune(commune.provinceId(), commune.id()));
        LocalDate today = LocalDate.now(clock);
        long classId = training.create(actor, COMMUNE, new ClassCmd("Lớp điểm danh", Topic.VNEID, ClassFormat.IN_PERSON,
                Organiser.GOVERNMENT, List.of(group("ADULTS")), today.minusDays(7), today, null, 10, null,
                UUID.randomUUID().toString()));
        training.addSession(actor, classId, today.minusDays(1), null);
        long session = training.detail(actor, classId).sessions().get(0).id();
        long learner = learners.register(actor, COMMUNE, new RegisterLearnerCmd("Học viên Điểm Danh", 1980, Gender.MALE,
                group("ADULTS"), null, null, null, UUID.randomUUID().toString())).learner().id();
        enrollments.enroll(actor, classId, List.of(learner), false);

        for (String[] mark : new String[][] { { "mark-abc", "PRESENT" }, { "mark-" + learner, "BOGUS" } }) {
            int status = mvc.perform(post("/sessions/{id}/attendance", session).param(mark[0], mark[1])
                    .with(user(official)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(mark[0] + "=" + mark[1]).isLessThan(500);
        }
        mvc.perform(post("/sessions/{id}/attendance/{learner}", session, 987654321L).param("mark-987654321", "PRESENT")
                .header("HX-Request", "true").with(user(official)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/sessions/{id}/attendance/{learner}", session, learner).header("HX-Request", "true")
                .with(user(official)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from attendance where session_id = ?").param(session).query(Long.class)
                .single()).isZero();
    }

    private long group(String code) {
        return catalog.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
