package vn.bdhvs.campaign.web.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.teams.ActivityCmd;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.AttendanceService;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.teams.TeamCmd;
import vn.bdhvs.campaign.core.teams.TeamKind;
import vn.bdhvs.campaign.core.teams.TeamService;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/**
 * A commune official reaches no other commune's class, session, learner, attendance or team
 * through any endpoint, even with ids guessed from their own; a manager reads but cannot write.
 */
@CampaignWebTest
class TrainingScopeTests {

    static final String OWN = "25780";

    static final String OTHER = "25792";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClassService training;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    GeographyService geography;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long classId;

    long sessionId;

    long learnerId;

    long enrollmentId;

    long teamId;

    UserDetails intruder;

    @BeforeEach
    void otherCommuneData() {
        LocalDate today = LocalDate.now(clock);
        var commune = geography.findCommune(OTHER).orElseThrow();
        Actor owner = new Actor("xa." + OTHER, Role.COMMUNE_OFFICIAL, UnitScope.commune(commune.provinceId(), commune.id()));
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        classId = training.create(owner, OTHER, new ClassCmd("Lớp của phường khác", Topic.CASHLESS, ClassFormat.IN_PERSON,
                Organiser.YOUTH_VOLUNTEERS, List.of(adults), today.minusDays(7), today.plusDays(7), null, 20, null,
                UUID.randomUUID().toString()));
        training.addSession(owner, classId, today, null);
        sessionId = training.detail(owner, classId).sessions().get(0).id();
        learnerId = learners.register(owner, OTHER, new RegisterLearnerCmd("Người phường khác", 1970, Gender.MALE, adults,
                null, null, null, UUID.randomUUID().toString())).learner().id();
        enrollments.enroll(owner, classId, List.of(learnerId), false);
        attendance.record(owner, sessionId, Map.of(learnerId, AttendanceStatus.PRESENT));
        enrollmentId = training.detail(owner, classId).enrollments().get(0).id();
        teamId = teams.register(owner, OTHER, new TeamCmd(TeamKind.DIGITAL_TECH, "Tổ phường khác", 5, null,
                UUID.randomUUID().toString()));
        teams.report(owner, teamId, new ActivityCmd(today, "Hướng dẫn", 3, 1, 0, 0, 0, UUID.randomUUID().toString()));
        intruder = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, OWN));
    }

    @Test
    void shouldAnswerNotFoundOnEveryEndpointOfAnotherCommune() throws Exception {
        String before = snapshot();
        String today = LocalDate.now(clock).toString();
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/communes/{c}/classes", OTHER), get("/communes/{c}/classes/new", OTHER),
                form(post("/communes/{c}/classes/new", OTHER)), get("/classes/{id}", classId),
                get("/classes/{id}/edit", classId), form(post("/classes/{id}/edit", classId)).param("version", "0"),
                post("/classes/{id}/cancel", classId).param("version", "0"),
                post("/classes/{id}/sessions", classId).param("date", today),
                post("/classes/{id}/sessions/series", classId).param("first", today).param("count", "2"),
                post("/classes/{id}/enrollments", classId).param("learnerIds", String.valueOf(learnerId)),
                post("/classes/{id}/finish", classId).param("on", today),
                get("/sessions/{id}/attendance", sessionId),
                post("/sessions/{id}/attendance", sessionId).param("mark-" + learnerId, "ABSENT"),
                post("/sessions/{id}/attendance/{l}", sessionId, learnerId).header("HX-Request", "true")
                        .param("mark-" + learnerId, "ABSENT"),
                post("/enrollments/{id}/complete", enrollmentId).param("classId", String.valueOf(classId))
                        .param("on", today).param("version", "0"),
                post("/enrollments/{id}/vneid", enrollmentId).param("classId", String.valueOf(classId))
                        .param("on", today).param("version", "0"),
                post("/enrollments/{id}/undo-complete", enrollmentId).param("classId", String.valueOf(classId))
                        .param("version", "0"),
                post("/enrollments/{id}/undo-vneid", enrollmentId).param("classId", String.valueOf(classId))
                        .param("version", "0"),
                get("/dashboard/communes/{c}", OTHER),
                get("/communes/{c}/learners", OTHER), get("/communes/{c}/learners/new", OTHER),
                post("/communes/{c}/learners/new", OTHER).param("fullName", "X").param("birthYear", "1970")
                        .param("gender", "MALE").param("groupId", "1").param("submissionToken", UUID.randomUUID().toString()),
                get("/communes/{c}/teams", OTHER),
                post("/communes/{c}/teams", OTHER).param("kind", "DIGITAL_TECH").param("name", "X").param("members", "1")
                        .param("submissionToken", UUID.randomUUID().toString()),
                post("/teams/{id}/activities", teamId).param("communeCode", OTHER).param("activityDate", today)
                        .param("title", "X").param("submissionToken", UUID.randomUUID().toString()),
                get("/geography/communes/{c}", OTHER));
        for (MockHttpServletRequestBuilder request : requests) {
            int status = mvc.perform(request.with(user(intruder)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI())
                    .isEqualTo(404);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldNotEnrolAGuessedLearnerOfAnotherCommune() throws Exception {
        var own = geography.findCommune(OWN).orElseThrow();
        Actor ownOfficial = new Actor("xa." + OWN, Role.COMMUNE_OFFICIAL, UnitScope.commune(own.provinceId(), own.id()));
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        long ownClass = training.create(ownOfficial, OWN, new ClassCmd("Lớp của mình", Topic.VNEID, ClassFormat.IN_PERSON,
                Organiser.DIGITAL_TECH_TEAM, List.of(adults), LocalDate.now(clock), LocalDate.now(clock).plusDays(3), null,
                10, null, UUID.randomUUID().toString()));
        mvc.perform(post("/classes/{id}/enrollments", ownClass).param("learnerIds", String.valueOf(learnerId))
                .with(user(intruder)).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from enrollment where class_id = ?").param(ownClass).query(Long.class).single())
                .isZero();
    }

    @Test
    void shouldLetAProvinceManagerReadButNotWrite() throws Exception {
        UserDetails manager = users.loadUserByUsername(TestAccounts.create(accounts, Role.MANAGER, "79", null));
        mvc.perform(get("/classes/{id}", classId).with(user(manager))).andExpect(status().isOk());
        mvc.perform(get("/sessions/{id}/attendance", sessionId).with(user(manager))).andExpect(status().isOk());
        mvc.perform(post("/sessions/{id}/attendance", sessionId).param("mark-" + learnerId, "ABSENT").with(user(manager))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/classes/{id}/sessions", classId).param("date", LocalDate.now(clock).toString())
                .with(user(manager)).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from attendance where session_id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("PRESENT");
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.param("title", "Xâm nhập").param("topic", "VNEID").param("format", "IN_PERSON")
                .param("organiser", "OTHER").param("groupIds", "1").param("startDate", LocalDate.now(clock).toString())
                .param("endDate", LocalDate.now(clock).toString()).param("capacity", "10")
                .param("submissionToken", UUID.randomUUID().toString());
    }

    /** Every row a write could touch, for the class's commune. */
    private String snapshot() {
        return jdbc.sql("""
                select md5(string_agg(t, '|' order by t)) from (
                  select row(c.*)::text t from training_class c
                  union all select row(s.*)::text from class_session s
                  union all select row(l.*)::text from learner l
                  union all select row(e.*)::text from enrollment e
                  union all select row(a.*)::text from attendance a
                  union all select row(t.*)::text from community_team t
                  union all select row(x.*)::text from team_activity x) rows
                """).query(String.class).single();
    }
}
