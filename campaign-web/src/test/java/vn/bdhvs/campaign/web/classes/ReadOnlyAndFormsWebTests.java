package vn.bdhvs.campaign.web.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.teams.TeamCmd;
import vn.bdhvs.campaign.core.teams.TeamKind;
import vn.bdhvs.campaign.core.teams.TeamService;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * A manager reads the commune's pages without being offered a form that would end in a 403 and
 * lose what was typed; an official's activity report with mistakes comes back with every value
 * kept and a message under each wrong field.
 */
@CampaignWebTest
class ReadOnlyAndFormsWebTests {

    static final String COMMUNE = "25819";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    GeographyService geography;

    @Autowired
    ClassService training;

    @Autowired
    TeamService teams;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    Clock clock;

    @Test
    void shouldShowAManagerNoWriteFormsAndRefuseTheFormPages() throws Exception {
        Actor staff = staff();
        LocalDate today = LocalDate.now(clock);
        long classId = training.create(staff, COMMUNE, new ClassCmd("Lớp chỉ xem", Topic.VNEID, ClassFormat.IN_PERSON,
                Organiser.GOVERNMENT, List.of(adults()), today.minusDays(3), today, null, 20, null,
                UUID.randomUUID().toString()));
        training.addSession(staff, classId, today.minusDays(1), null);
        long session = training.detail(staff, classId).sessions().get(0).id();
        teams.register(staff, COMMUNE, new TeamCmd(TeamKind.DIGITAL_TECH, "Tổ chỉ xem", 5, null,
                UUID.randomUUID().toString()));
        UserDetails manager = users.loadUserByUsername("quanly.hcm");
        for (String page : List.of("/communes/" + COMMUNE + "/classes", "/classes/" + classId,
                "/sessions/" + session + "/attendance", "/communes/" + COMMUNE + "/learners",
                "/communes/" + COMMUNE + "/teams")) {
            String html = mvc.perform(get(page).with(user(manager))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher posts = Pattern.compile("<form[^>]*method=\"post\"[^>]*>").matcher(html);
            int forms = 0;
            while (posts.find()) {
                assertThat(posts.group()).as(page).contains("/logout");
                forms++;
            }
            assertThat(forms).as(page).isEqualTo(1);
            assertThat(html).as(page).doesNotContain("id=\"new-class\"").doesNotContain("id=\"new-learner\"");
        }
        for (String form : List.of("/communes/" + COMMUNE + "/classes/new", "/classes/" + classId + "/edit",
                "/communes/" + COMMUNE + "/learners/new")) {
            mvc.perform(get(form).with(user(manager))).andExpect(status().isForbidden());
        }
        // the province's staff still get the forms
        mvc.perform(get("/classes/" + classId + "/edit").with(user(users.loadUserByUsername("bcd.hcm"))))
                .andExpect(status().isOk());
    }

    @Test
    void shouldKeepAnActivityReportWithMistakesOpenWithItsValuesAndFieldMessages() throws Exception {
        long team = teams.register(staff(), COMMUNE, new TeamCmd(TeamKind.YOUTH_VOLUNTEER, "Đội thanh niên khu 3", 12,
                null, UUID.randomUUID().toString()));
        String html = report(team, " ", "-1");
        assertThat(html).containsPattern("<details[^>]*id=\"activity-" + team + "\"[^>]*open");
        assertThat(html).contains("Vui lòng nhập nội dung.").contains("Số liệu không được âm.");
        assertThat(html).containsPattern("name=\"dossiersSupported\" id=\"dossiersSupported-" + team + "\"\\s+value=\"7\"")
                .containsPattern("name=\"peopleGuided\" id=\"peopleGuided-" + team + "\"\\s+value=\"-1\"");
        // a number field with letters in it
        String letters = report(team, "Hướng dẫn cài VNeID", "abc");
        assertThat(letters).contains("Vui lòng nhập một số nguyên.")
                .containsPattern("name=\"title\" id=\"title-" + team + "\" required value=\"Hướng dẫn cài VNeID\"");
        // every field of the report has a visible label
        for (String field : List.of("date", "title", "peopleGuided", "dossiersSupported", "eventsHeld",
                "digitalAmbassadors", "ambassadorGuided")) {
            assertThat(html).contains("for=\"" + field + "-" + team + "\"");
        }
        assertThat(teams.teams(staff(), COMMUNE).stream().filter(t -> t.id() == team).findFirst().orElseThrow()
                .reports()).isZero();
    }

    private String report(long team, String title, String peopleGuided) throws Exception {
        return mvc.perform(post("/teams/{id}/activities", team).param("communeCode", COMMUNE)
                .param("activityDate", LocalDate.now(clock).toString()).param("title", title)
                .param("peopleGuided", peopleGuided).param("dossiersSupported", "7").param("eventsHeld", "1")
                .param("digitalAmbassadors", "2").param("ambassadorGuided", "30")
                .param("submissionToken", UUID.randomUUID().toString())
                .with(user(users.loadUserByUsername("bcd.hcm"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Actor staff() {
        var commune = geography.findCommune(COMMUNE).orElseThrow();
        return new Actor("bcd.hcm", Role.PROVINCE_STAFF, UnitScope.province(commune.provinceId()));
    }

    private long adults() {
        return catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
    }
}
