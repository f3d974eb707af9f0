package vn.bdhvs.campaign.web.classes;

import static vn.bdhvs.campaign.web.KeptCaches.pageHits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.classes.AttendanceService;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/**
 * A commune's class list, learner list, class pages and attendance sheets are kept per user and
 * their commune's data version
 * (KeptPages), and every write they show moves that version in its own transaction (V15, V17): a
 * learner renamed by plain SQL, as psql or another instance would, is on the next request, also a
 * learner registered in another commune and enrolled here by citizen ID. Another scope never gets a
 * page kept for someone else.
 */
@CampaignWebTest
class KeptClassPagesWebTests {

    static final String COMMUNE = "25807";

    static final String ELSEWHERE = "25750";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClassService training;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    LearnerService learners;

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
    MeterRegistry meters;

    @Autowired
    Clock clock;

    @Test
    void shouldShowEveryWriteOnAKeptClassPageAndSheetOnTheNextRequest() throws Exception {
        UserDetails official = official(COMMUNE);
        Actor here = actor(official, COMMUNE);
        long classId = newClass(here);
        long session = addSession(here, classId, LocalDate.now(clock).minusDays(1));
        long local = register(here, COMMUNE, "Học Viên Giữ Trang", null);
        String citizenId = String.format("0791%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long visitor = register(actor(official(ELSEWHERE), ELSEWHERE), ELSEWHERE, "Người Nơi Khác", citizenId);
        enrollments.enroll(here, classId, List.of(local), false);
        enrollments.enrollByCitizenId(here, classId, citizenId, "Người Nơi Khác", false);
        String classPage = "/classes/" + classId;
        String sheet = "/sessions/" + session + "/attendance";
        String learnerList = "/communes/" + COMMUNE + "/learners?q=Học Viên";
        String classList = "/communes/" + COMMUNE + "/classes";
        assertThat(page(classPage, official)).contains("Học Viên Giữ Trang").contains("Người Nơi Khác");
        assertThat(page(sheet, official)).contains("Học Viên Giữ Trang").contains("Người Nơi Khác");
        assertThat(page(learnerList, official)).contains("Học Viên Giữ Trang");
        assertThat(page(classList, official)).contains("Lớp giữ trang");
        double hits = pageHits(meters);
        page(classPage, official);
        page(sheet, official);
        page(learnerList, official);
        page(classList, official);
        assertThat(pageHits(meters)).as("all four kept").isEqualTo(hits + 4);

        rename(local, "Học Viên Đổi Tên");
        assertThat(page(classPage, official)).contains("Học Viên Đổi Tên").doesNotContain("Học Viên Giữ Trang");
        assertThat(page(sheet, official)).contains("Học Viên Đổi Tên");
        assertThat(page(learnerList, official)).contains("Học Viên Đổi Tên").doesNotContain("Học Viên Giữ Trang");
        rename(visitor, "Người Nơi Khác Đổi Tên");
        assertThat(page(classPage, official)).contains("Người Nơi Khác Đổi Tên");
        assertThat(page(sheet, official)).contains("Người Nơi Khác Đổi Tên");

        assertThat(page(classPage, official)).contains("0/1 buổi");
        attendance.record(here, session, Map.of(local, AttendanceStatus.PRESENT));
        assertThat(page(classPage, official)).contains("1/1 buổi");
        jdbc.sql("update training_class set title = 'Lớp đã đổi tên bằng SQL' where id = ?").param(classId).update();
        assertThat(page(classPage, official)).contains("Lớp đã đổi tên bằng SQL");
        assertThat(page(classList, official)).contains("Lớp đã đổi tên bằng SQL");
    }

    @Test
    void shouldNeverServeAPageKeptForOneScopeToAnother() throws Exception {
        UserDetails official = official(COMMUNE);
        Actor here = actor(official, COMMUNE);
        long classId = newClass(here);
        long session = addSession(here, classId, LocalDate.now(clock));
        page("/classes/" + classId, official);
        page("/sessions/" + session + "/attendance", official);
        UserDetails stranger = official(ELSEWHERE);
        mvc.perform(get("/classes/{id}", classId).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/sessions/{id}/attendance", session).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/classes/{id}", Long.MAX_VALUE).with(user(official))).andExpect(status().isNotFound());
    }

    private long addSession(Actor actor, long classId, LocalDate date) {
        training.addSession(actor, classId, date, null);
        return training.detail(actor, classId).sessions().get(0).id();
    }

    private void rename(long learner, String name) {
        jdbc.sql("update learner set full_name = ?, name_key = lower(?) where id = ?").params(name, name, learner)
                .update();
    }

    private String page(String path, UserDetails user) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UserDetails official(String commune) {
        return users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, commune));
    }

    private Actor actor(UserDetails official, String communeCode) {
        var commune = geography.findCommune(communeCode).orElseThrow();
        return new Actor(official.getUsername(), Role.COMMUNE_OFFICIAL, UnitScope.commune(commune.provinceId(),
                commune.id()));
    }

    private long newClass(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return training.create(actor, COMMUNE, new ClassCmd("Lớp giữ trang", Topic.DIGITAL_SAFETY, ClassFormat.BLENDED,
                Organiser.SCHOOL, List.of(adults()), today.minusDays(7), today.plusDays(7), null, 30, null,
                UUID.randomUUID().toString()));
    }

    private long register(Actor actor, String commune, String name, String citizenId) {
        return learners.register(actor, commune, new RegisterLearnerCmd(name, 1975, Gender.FEMALE, adults(), null,
                citizenId, null, UUID.randomUUID().toString())).learner().id();
    }

    private long adults() {
        return catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
    }
}
