package vn.bdhvs.campaign.web.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/** The planning pages over HTTP: optimistic locking, roles, CSV upload, group administration. */
@CampaignWebTest
class PlanningWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldTellTheSecondOfTwoConcurrentEditorsToReload() throws Exception {
        UserDetails first = staffOf("33");
        UserDetails second = staffOf("33");
        long hungYen = provinceId("33");
        mvc.perform(cell(post("/provinces/{code}/targets", "33"), "TRAINED_SHARE", "ADULTS", "70", "")
                .with(user(first))).andExpect(status().is3xxRedirection());
        long version = jdbc.sql("select version from kpi_target where province_id = ? and year = 2025").param(hungYen)
                .query(Long.class).single();
        // both load version N, the first saves, the second saves on top of the stale version
        mvc.perform(cell(post("/provinces/{code}/targets", "33"), "TRAINED_SHARE", "ADULTS", "75",
                String.valueOf(version)).with(user(first))).andExpect(status().is3xxRedirection());
        // nothing saved: back to the grid of that year, which shows the message and the fresh value
        MvcResult refused = mvc.perform(cell(post("/provinces/{code}/targets", "33"), "TRAINED_SHARE", "ADULTS", "60",
                String.valueOf(version)).with(user(second))).andExpect(redirectedUrl("/provinces/33/targets?year=2025"))
                .andExpect(flash().attribute("failure", "error.concurrentChange")).andReturn();
        mvc.perform(get("/provinces/33/targets?year=2025").flashAttrs(refused.getFlashMap()).with(user(second)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người khác vừa thay đổi dữ liệu này")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*id=\"cell-TRAINED_SHARE-ADULTS\"[^>]*value=\"75\".*")));
        assertThat(jdbc.sql("select value from kpi_target where province_id = ? and year = 2025").param(hungYen)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("75");
    }

    @Test
    void shouldSendAStaleBaselineFormBackToItsPageWithTheMessage() throws Exception {
        UserDetails staff = staffOf("42");
        String adults = String.valueOf(jdbc.sql("select id from target_group where code = 'ADULTS'")
                .query(Long.class).single());
        String commune = jdbc.sql("select min(c.code) from commune c join province p on p.id = c.province_id where p.code = '42'")
                .query(String.class).single();
        for (String page : List.of("/provinces/42/baselines", "/communes/" + commune + "/baselines")) {
            mvc.perform(post(page).param("year", "2026").param("rows[0].groupId", adults).param("rows[0].value", "1000")
                    .with(csrf()).with(user(staff))).andExpect(redirectedUrl(page + "?year=2026"));
            // saved on top of a version nobody loaded: nothing saved, back to the page of that year
            MvcResult refused = mvc.perform(post(page).param("year", "2026").param("rows[0].groupId", adults)
                    .param("rows[0].value", "2000").param("rows[0].version", "7").with(csrf()).with(user(staff)))
                    .andExpect(redirectedUrl(page + "?year=2026"))
                    .andExpect(flash().attribute("failure", "error.concurrentChange")).andReturn();
            mvc.perform(get(page + "?year=2026").flashAttrs(refused.getFlashMap()).with(user(staff)))
                    .andExpect(content().string(Matchers.containsString("Người khác vừa thay đổi dữ liệu này")));
        }
        assertThat(jdbc.sql("select head_count from population_baseline b join province p on p.id = b.province_id"
                + " where p.code = '42' and b.year = 2026").query(Long.class).list()).containsExactly(1000L, 1000L);
    }

    @Test
    void shouldRefuseEditsByAManagerAndHidePlansFromCommuneOfficials() throws Exception {
        long ninhBinh = provinceId("37");
        UserDetails manager = users.loadUserByUsername(TestAccounts.create(accounts, Role.MANAGER, "37", null));
        mvc.perform(get("/provinces/{code}/targets", "37").param("year", "2025").with(user(manager)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Bạn chỉ có quyền xem")));
        mvc.perform(cell(post("/provinces/{code}/targets", "37"), "CLASSES_HELD", null, "10", "")
                .with(user(manager))).andExpect(status().isForbidden());
        String communeCode = jdbc.sql("select min(c.code) from commune c join province p on p.id = c.province_id where p.code = '37'")
                .query(String.class).single();
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, communeCode));
        mvc.perform(get("/provinces/{code}/targets", "37").with(user(official))).andExpect(status().isNotFound());
        mvc.perform(get("/provinces/{code}/baselines", "37").with(user(official))).andExpect(status().isNotFound());
        // staff of another province guessing the address
        mvc.perform(get("/provinces/{code}/targets", "37").with(user(staffOf("01")))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from kpi_target where province_id = ?").param(ninhBinh).query(Long.class)
                .single()).isZero();
    }

    @Test
    void shouldListEveryBadLineOfABaselineCsvInVietnamese() throws Exception {
        long thanhHoa = provinceId("38");
        String csv = "ma_don_vi,ma_nhom,nam,so_nguoi\n38,ADULTS,2025,2500000\n38,ADULTS,2025,2500000\n38,ELDERLY,2099,10\n";
        mvc.perform(multipart("/provinces/{code}/baselines/csv", "38")
                .file(new MockMultipartFile("file", "dan-so.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("year", "2025").with(csrf()).with(user(staffOf("38"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dòng 3: Trùng dòng: đơn vị 38, nhóm ADULTS, năm 2025")))
                .andExpect(content().string(Matchers.containsString("Dòng 4: Năm 2099 nằm ngoài giai đoạn 2024–2035.")));
        assertThat(jdbc.sql("select count(*) from population_baseline where province_id = ?").param(thanhHoa)
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldLetAnAdministratorAddAndDeactivateATargetGroup() throws Exception {
        UserDetails admin = users.loadUserByUsername("quantri");
        mvc.perform(post("/admin/groups").with(csrf()).with(user(admin)).param("code", "DISABLED")
                .param("nameVi", "Người khuyết tật").param("nameEn", "People with disabilities"))
                .andExpect(redirectedUrl("/admin/groups"));
        mvc.perform(post("/admin/groups").with(csrf()).with(user(admin)).param("code", "DISABLED")
                .param("nameVi", "Trùng").param("nameEn", "Duplicate"))
                .andExpect(content().string(Matchers.containsString("Mã nhóm &quot;DISABLED&quot; đã tồn tại.")));
        long id = jdbc.sql("select id from target_group where code = 'DISABLED'").query(Long.class).single();
        mvc.perform(post("/admin/groups/{id}/disable", id).with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/groups"));
        assertThat(jdbc.sql("select active from target_group where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
        mvc.perform(post("/admin/groups").with(csrf()).with(user(staffOf("01"))).param("code", "X1")
                .param("nameVi", "X").param("nameEn", "X")).andExpect(status().isForbidden());
    }

    @Test
    void shouldMoveTheOldAddressesByIdToTheAddressesByCode() throws Exception {
        long ninhBinh = provinceId("37");
        UserDetails staff = staffOf("37");
        mvc.perform(get("/planning/provinces/{id}/targets?year=2026", ninhBinh).with(user(staff)))
                .andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/provinces/37/targets?year=2026"));
        mvc.perform(get("/planning/provinces/{id}/baselines", ninhBinh).with(user(staff)))
                .andExpect(status().isMovedPermanently()).andExpect(redirectedUrl("/provinces/37/baselines"));
        mvc.perform(get("/planning/provinces/{id}/allocation?indicator=1&year=2026", ninhBinh).with(user(staff)))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/provinces/37/allocation?indicator=1&year=2026"));
        String commune = jdbc.sql("select min(c.code) from commune c join province p on p.id = c.province_id where p.code = '37'")
                .query(String.class).single();
        mvc.perform(get("/planning/communes/{code}/baselines?year=2025", commune).with(user(staff)))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/communes/" + commune + "/baselines?year=2025"));
        // a former province, which has no code, lives under its successor
        long binhDuong = jdbc.sql("select id from province where name = 'Bình Dương'").query(Long.class).single();
        mvc.perform(get("/planning/provinces/{id}/targets", binhDuong).with(user(staffOf("79"))))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/provinces/79/former/" + binhDuong + "/targets"));
        // an unknown id, or one outside the user's scope, is not found
        mvc.perform(get("/planning/provinces/{id}/targets", 999_999).with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/planning/provinces/{id}/targets", ninhBinh).with(user(staffOf("01"))))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder cell(MockHttpServletRequestBuilder request, String indicator, String group,
            String value, String version) {
        long indicatorId = jdbc.sql("select id from indicator where code = ?").param(indicator).query(Long.class).single();
        request.with(csrf()).param("year", "2025").param("cells[0].indicatorId", String.valueOf(indicatorId))
                .param("cells[0].value", value).param("cells[0].version", version);
        if (group != null) {
            request.param("cells[0].groupId", String.valueOf(
                    jdbc.sql("select id from target_group where code = ?").param(group).query(Long.class).single()));
        }
        return request;
    }

    private UserDetails staffOf(String provinceCode) {
        return users.loadUserByUsername(TestAccounts.create(accounts, Role.PROVINCE_STAFF, provinceCode, null));
    }

    private long provinceId(String code) {
        return jdbc.sql("select id from province where code = ?").param(code).query(Long.class).single();
    }
}
