package vn.bdhvs.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The administration pages' broken rules, answered by {@code AdminErrors}: on the field they concern
 * with what was typed kept, or back on the page the action came from with the message.
 */
@CampaignWebTest
@WithUserDetails("quantri")
class AdminErrorsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseToDisableOnesOwnAccountOnTheListPage() throws Exception {
        long self = jdbc.sql("select id from user_account where username = 'quantri'").query(Long.class).single();
        String page = pageAfter(post("/admin/users/{id}/disable", self).with(csrf()), "/admin/users");
        assertThat(page).contains("Bạn không thể tự vô hiệu hoá tài khoản của mình.");
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(self).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void shouldAskToReloadWhenSomeoneElseChangedTheAccountMeanwhile() throws Exception {
        long id = jdbc.sql("select id from user_account where username = 'bcd.hcm'").query(Long.class).single();
        int version = jdbc.sql("select version from user_account where id = ?").param(id).query(Integer.class).single();
        String page = mvc.perform(post("/admin/users/{id}/edit", id).with(csrf()).param("displayName", "Tên đã cũ")
                .param("role", "PROVINCE_STAFF").param("provinceCode", "79").param("communeCode", "")
                .param("version", String.valueOf(version - 1))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Người khác vừa thay đổi dữ liệu này.").contains(typed("Tên đã cũ"));
        assertThat(jdbc.sql("select display_name from user_account where id = ?").param(id).query(String.class)
                .single()).isNotEqualTo("Tên đã cũ");
    }

    @Test
    void shouldPutATakenGroupCodeUnderTheCodeField() throws Exception {
        String code = jdbc.sql("select code from target_group order by id limit 1").query(String.class).single();
        long before = jdbc.sql("select count(*) from target_group").query(Long.class).single();
        String page = mvc.perform(post("/admin/groups").with(csrf()).param("code", code).param("nameVi", "Nhóm trùng mã")
                .param("nameEn", "Duplicate")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<div class=\"invalid-feedback\">Mã nhóm &quot;" + code + "&quot; đã tồn tại.</div>")
                .contains(typed("Nhóm trùng mã"));
        assertThat(jdbc.sql("select count(*) from target_group").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldGoBackToTheReferenceDataPageWithTheMessageWhenABoundaryFileIsBad() throws Exception {
        MockMultipartFile notGeoJson = new MockMultipartFile("file", "ranh-gioi.geojson", "application/geo+json",
                "{\"type\":\"Point\"}".getBytes(StandardCharsets.UTF_8));
        String page = pageAfter(multipart("/admin/reference-data/boundaries").file(notGeoJson).param("province", "79")
                .with(csrf()), "/admin/reference-data");
        assertThat(page).contains("Tệp không phải GeoJSON FeatureCollection có ít nhất một vùng.");
    }

    /** A text field showing what was typed, as the page writes it. */
    private static String typed(String value) {
        return "value=\"" + HtmlUtils.htmlEscape(value) + "\"";
    }

    /** Performs the action, expects it to go back to the page, and returns that page as the browser shows it. */
    private String pageAfter(RequestBuilder action, String page) throws Exception {
        MvcResult result = mvc.perform(action).andExpect(redirectedUrl(page)).andReturn();
        return mvc.perform(get(page).flashAttrs(result.getFlashMap())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
