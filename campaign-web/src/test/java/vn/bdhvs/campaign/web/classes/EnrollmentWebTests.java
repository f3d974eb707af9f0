package vn.bdhvs.campaign.web.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
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
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/** Bad input on the class page, over HTTP: the Vietnamese message the official sees, and nothing saved. */
@CampaignWebTest
class EnrollmentWebTests {

    static final String COMMUNE = "25807";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClassService training;

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
    Clock clock;

    @Test
    void shouldAskBeforeGoingOverCapacity() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE));
        Actor actor = actor(official.getUsername());
        long classId = newClass(actor, 2, LocalDate.now(clock), LocalDate.now(clock).plusDays(7));
        List<String> ids = List.of(learner(actor, "Một"), learner(actor, "Hai"), learner(actor, "Ba"));
        MvcResult asked = mvc.perform(post("/classes/{id}/enrollments", classId).param("learnerIds", ids.toArray(String[]::new))
                .with(user(official)).with(csrf())).andExpect(flash().attributeExists("capacityWarning")).andReturn();
        mvc.perform(get("/classes/{id}", classId).flashAttrs(asked.getFlashMap()).with(user(official)))
                .andExpect(content().string(Matchers.containsString("Lớp sẽ có 3 học viên, vượt sĩ số tối đa 2.")))
                .andExpect(content().string(Matchers.containsString("Vẫn ghi danh")));
        assertThat(training.detail(actor, classId).enrollments()).isEmpty();
        mvc.perform(post("/classes/{id}/enrollments", classId).param("learnerIds", ids.toArray(String[]::new))
                .param("confirm", "true").with(user(official)).with(csrf()));
        assertThat(training.detail(actor, classId).enrollments()).hasSize(3);
    }

    @Test
    void shouldExplainASessionOutsideTheClassAndAFutureCompletion() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE));
        Actor actor = actor(official.getUsername());
        LocalDate today = LocalDate.now(clock);
        long classId = newClass(actor, 10, today.minusDays(3), today.plusDays(3));
        MvcResult outside = mvc.perform(post("/classes/{id}/sessions", classId)
                .param("date", today.plusDays(10).toString()).with(user(official)).with(csrf())).andReturn();
        mvc.perform(get("/classes/{id}", classId).flashAttrs(outside.getFlashMap()).with(user(official)))
                .andExpect(content().string(Matchers.containsString("nằm ngoài thời gian của lớp")));
        mvc.perform(post("/classes/{id}/enrollments", classId).param("learnerIds", learner(actor, "Bốn"))
                .with(user(official)).with(csrf()));
        long enrollment = training.detail(actor, classId).enrollments().get(0).id();
        MvcResult future = mvc.perform(post("/enrollments/{id}/complete", enrollment).param("classId", String.valueOf(classId))
                .param("on", today.plusDays(1).toString()).param("version", "0").with(user(official)).with(csrf()))
                .andReturn();
        mvc.perform(get("/classes/{id}", classId).flashAttrs(future.getFlashMap()).with(user(official)))
                .andExpect(content().string(Matchers.containsString("Ngày hoàn thành không được ở tương lai.")));
        assertThat(training.detail(actor, classId).sessions()).isEmpty();
        assertThat(training.detail(actor, classId).enrollments().get(0).completedOn()).isNull();
    }

    @Test
    void shouldTellAnOfficialElsewhereOnlyThatAPersonIsRegisteredElsewhere() throws Exception {
        var baDinh = geography.findCommune("00004").orElseThrow();
        learners.register(new Actor("xa.badinh", Role.COMMUNE_OFFICIAL, UnitScope.commune(baDinh.provinceId(),
                baDinh.id())), "00004", new RegisterLearnerCmd("Nguyễn Thị Bí Mật", 1987, Gender.FEMALE, adults(), null,
                "001187654321", null, UUID.randomUUID().toString()));
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE));
        Actor actor = actor(official.getUsername());
        long classId = newClass(actor, 10, LocalDate.now(clock), LocalDate.now(clock).plusDays(7));
        String page = mvc.perform(post("/communes/{c}/learners/new", COMMUNE).param("fullName", "Nguyễn Thị B")
                .param("birthYear", "1987").param("gender", "FEMALE").param("groupId", String.valueOf(adults()))
                .param("citizenId", "001187654321").param("classId", String.valueOf(classId))
                .param("submissionToken", UUID.randomUUID().toString()).with(user(official)).with(csrf()))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("đã được đăng ký ở một địa phương khác").doesNotContain("Bí Mật")
                .doesNotContain("1987").doesNotContain("Ba Đình").doesNotContain("Hà Nội");
        // the page offers to enrol them under the name typed, which is not the name they are registered
        // with: refused, so the class page cannot show the registered name either
        assertThat(page).contains("name=\"fullName\" value=\"Nguyễn Thị B\"");
        MvcResult refused = mvc.perform(post("/classes/{id}/enrollments", classId).param("citizenId", "001187654321")
                .param("fullName", "Nguyễn Thị B").with(user(official)).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("failure")).isEqualTo("enrollment.citizenId.nameMismatch");
        assertThat(training.detail(actor, classId).enrollments()).isEmpty();
        mvc.perform(get("/classes/{id}", classId).flashAttrs(refused.getFlashMap()).with(user(official)))
                .andExpect(content().string(Matchers.containsString("Họ tên không khớp")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Bí Mật"))));
        // under the name on their ID card they are enrolled
        mvc.perform(post("/classes/{id}/enrollments", classId).param("citizenId", "001187654321")
                .param("fullName", "Nguyễn Thị Bí Mật").with(user(official)).with(csrf()))
                .andExpect(flash().attribute("success", "enrollment.done"));
        assertThat(training.detail(actor, classId).enrollments()).hasSize(1);
    }

    @Test
    void shouldRefuseANameASpreadsheetWouldRunAsImportsDo() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE));
        for (String name : List.of("=HYPERLINK(\"http://x\",\"y\")", " +cmd|calc", "@SUM(1)", "-1")) {
            String page = mvc.perform(post("/communes/{c}/learners/new", COMMUNE).param("fullName", name)
                    .param("birthYear", "1980").param("gender", "MALE").param("groupId", String.valueOf(adults()))
                    .param("submissionToken", UUID.randomUUID().toString()).with(user(official)).with(csrf()))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).as(name).contains("Họ tên không được bắt đầu bằng =, +, - hoặc @.");
        }
        assertThat(learners.search(actor(official.getUsername()), COMMUNE, "cmd", 10)).isEmpty();
        assertThat(learners.search(actor(official.getUsername()), COMMUNE, "sum", 10)).isEmpty();
    }

    @Test
    void shouldAnswerUnreadableValuesOnTheLearnerFormWithItsMessageAndSaveNothing() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE));
        for (String[] bad : List.of(new String[] { "birthYear", "abc" }, new String[] { "birthYear", "99999999999" },
                new String[] { "gender", "X" }, new String[] { "groupId", "abc" }, new String[] { "classId", "abc" })) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("fullName", "Người Gõ Nhầm", "birthYear", "1980",
                    "gender", "MALE", "groupId", String.valueOf(adults()), "submissionToken", UUID.randomUUID().toString()));
            fields.put(bad[0], bad[1]);
            MockHttpServletRequestBuilder request = post("/communes/{c}/learners/new", COMMUNE);
            fields.forEach(request::param);
            String page = mvc.perform(request.with(user(official)).with(csrf())).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).as(bad[0] + "=" + bad[1]).contains("<option value=\"" + adults() + "\"");
            if (!bad[0].equals("classId")) {
                // the class is a hidden field, filled in by the class page's link: only a forged form gets it wrong
                assertThat(page).as(bad[0] + "=" + bad[1]).contains("Giá trị không hợp lệ");
            }
        }
        assertThat(learners.search(actor(official.getUsername()), COMMUNE, "Gõ Nhầm", 10)).isEmpty();
    }

    @Test
    void shouldKeepNoRegistrationWhenTheClassItNamesIsRefused() throws Exception {
        var other = geography.findCommune("25792").orElseThrow();
        Actor there = new Actor("xa.khac", Role.COMMUNE_OFFICIAL, UnitScope.commune(other.provinceId(), other.id()));
        long elsewhere = training.create(there, "25792", new ClassCmd("Lớp xã khác", Topic.DIGITAL_SAFETY,
                ClassFormat.BLENDED, Organiser.SCHOOL, List.of(adults()), LocalDate.now(clock),
                LocalDate.now(clock).plusDays(7), null, 30, null, UUID.randomUUID().toString()));
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE));
        mvc.perform(post("/communes/{c}/learners/new", COMMUNE).param("fullName", "Người Không Nửa Vời")
                .param("birthYear", "1980").param("gender", "MALE").param("groupId", String.valueOf(adults()))
                .param("classId", String.valueOf(elsewhere)).param("submissionToken", UUID.randomUUID().toString())
                .with(user(official)).with(csrf())).andExpect(status().isNotFound());
        assertThat(learners.search(actor(official.getUsername()), COMMUNE, "Nửa Vời", 10)).as("registered only with the class")
                .isEmpty();
    }

    private Actor actor(String username) {
        var commune = geography.findCommune(COMMUNE).orElseThrow();
        return new Actor(username, Role.COMMUNE_OFFICIAL, UnitScope.commune(commune.provinceId(), commune.id()));
    }

    private long newClass(Actor actor, int capacity, LocalDate start, LocalDate end) {
        return training.create(actor, COMMUNE, new ClassCmd("Lớp thử", Topic.DIGITAL_SAFETY, ClassFormat.BLENDED,
                Organiser.SCHOOL, List.of(adults()), start, end, null, capacity, null, UUID.randomUUID().toString()));
    }

    private String learner(Actor actor, String name) {
        return String.valueOf(learners.register(actor, COMMUNE, new RegisterLearnerCmd("Học viên " + name, 1990,
                Gender.MALE, adults(), null, null, null, UUID.randomUUID().toString())).learner().id());
    }

    private long adults() {
        return catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
    }
}
