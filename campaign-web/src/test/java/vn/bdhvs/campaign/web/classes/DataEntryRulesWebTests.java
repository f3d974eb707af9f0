package vn.bdhvs.campaign.web.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.AttendanceService;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.classes.SessionView;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/**
 * The holes a commune official could fall into, closed, as the official sees them: the completion
 * rule stated and enforced with a reason to override it, attendance only for sessions held, a
 * finished class left alone, and a class that has started shown as running.
 */
@CampaignWebTest
class DataEntryRulesWebTests {

    static final String COMMUNE = "25822";

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
    AttendanceService attendance;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    Clock clock;

    @Test
    void shouldStateAndEnforceTheCompletionRuleAndLeaveAFinishedClassAlone() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null,
                COMMUNE));
        var commune = geography.findCommune(COMMUNE).orElseThrow();
        Actor actor = new Actor(official.getUsername(), Role.COMMUNE_OFFICIAL,
                UnitScope.commune(commune.provinceId(), commune.id()));
        LocalDate today = LocalDate.now(clock);
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        long classId = training.create(actor, COMMUNE, new ClassCmd("Lớp năm buổi", Topic.PUBLIC_SERVICES,
                ClassFormat.IN_PERSON, Organiser.DIGITAL_TECH_TEAM, List.of(adults), today.minusDays(10),
                today.plusDays(10), null, 20, null, UUID.randomUUID().toString()));
        for (int daysAgo : new int[] { 9, 7, 5, 3, 1 }) {
            training.addSession(actor, classId, today.minusDays(daysAgo), null);
        }
        training.addSession(actor, classId, today.plusDays(2), null);
        long learner = learners.register(actor, COMMUNE, new RegisterLearnerCmd("Lê Thị Chuyên Cần", 1970,
                Gender.FEMALE, adults, null, null, null, UUID.randomUUID().toString())).learner().id();
        enrollments.enroll(actor, classId, List.of(learner), false);
        List<SessionView> sessions = training.detail(actor, classId).sessions();
        attendance.record(actor, sessions.get(0).id(), Map.of(learner, AttendanceStatus.PRESENT));
        attendance.record(actor, sessions.get(1).id(), Map.of(learner, AttendanceStatus.LATE));

        String page = page(get("/classes/{id}", classId), official);
        assertThat(page).contains("có mặt ít nhất 60% số buổi đã học (hiện 5 buổi, cần 3 buổi)")
                .contains("2/5 buổi").contains("chưa đủ chuyên cần").contains("Đang học");
        // every session field has a visible label
        for (String field : List.of("session-date", "session-time", "series-first", "series-count", "series-time")) {
            assertThat(page).contains("for=\"" + field + "\"");
        }
        assertThat(page(get("/communes/{c}/classes", COMMUNE).param("status", "RUNNING"), official))
                .contains("Lớp năm buổi");

        // completing at 2 of 5 sessions is refused with the reason, then accepted with a reason given
        long enrollment = training.detail(actor, classId).enrollments().get(0).id();
        assertThat(flash(post("/enrollments/{id}/complete", enrollment).param("classId", String.valueOf(classId))
                .param("on", today.toString()).param("version", "0"), official))
                .contains("mới có mặt 2/5 buổi").contains("ghi lý do");
        assertThat(training.detail(actor, classId).enrollments().get(0).completedOn()).isNull();
        flash(post("/enrollments/{id}/complete", enrollment).param("classId", String.valueOf(classId))
                .param("on", today.toString()).param("overrideNote", "Ốm, đã học bù tại nhà").param("version", "0"),
                official);
        assertThat(training.detail(actor, classId).enrollments().get(0).completedOn()).isEqualTo(today);
        assertThat(training.detail(actor, classId).enrollments().get(0).completionOverride())
                .isEqualTo("Ốm, đã học bù tại nhà");

        // no attendance ahead of a session
        assertThat(flash(post("/sessions/{id}/attendance", sessions.get(5).id()).param("mark-" + learner, "PRESENT"),
                official)).contains("chưa diễn ra");
        assertThat(training.detail(actor, classId).sessions().get(5).marked()).isZero();

        // a class is not finished ahead of time, even when nobody would be completed
        assertThat(flash(post("/classes/{id}/finish", classId).param("on", today.plusDays(3).toString()), official))
                .contains("Ngày kết thúc lớp không được ở tương lai.");
        assertThat(training.detail(actor, classId).summary().status().name()).isEqualTo("RUNNING");

        // once finished, no more sessions and no cancellation
        flash(post("/classes/{id}/finish", classId).param("on", today.toString()), official);
        assertThat(flash(post("/classes/{id}/sessions", classId).param("date", today.toString()), official))
                .contains("không thể thêm buổi học");
        assertThat(flash(post("/classes/{id}/sessions/series", classId).param("first", today.toString())
                .param("count", "2"), official)).contains("không thể thêm buổi học");
        long version = training.detail(actor, classId).version();
        assertThat(flash(post("/classes/{id}/cancel", classId).param("version", String.valueOf(version)), official))
                .contains("không thể huỷ");
        assertThat(training.detail(actor, classId).summary().status().name()).isEqualTo("FINISHED");
        assertThat(training.detail(actor, classId).sessions()).hasSize(6);
    }

    private String page(MockHttpServletRequestBuilder request, UserDetails official) throws Exception {
        return mvc.perform(request.with(user(official))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts, then shows the page redirected to with the flash message, as the browser would. */
    private String flash(MockHttpServletRequestBuilder request, UserDetails official) throws Exception {
        MvcResult result = mvc.perform(request.with(user(official)).with(csrf())).andReturn();
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap())
                .with(user(official))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
