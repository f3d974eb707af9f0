package vn.bdhvs.campaign.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * What an ADMIN uploads or types must never become markup or htmx actions in another ADMIN's
 * dashboard: the boundary file's geometry and a group's name reach the page only as escaped JSON.
 */
@CampaignWebTest
@WithUserDetails("quantri")
class ScriptDataInjectionTests {

    static final String PAYLOAD = "</script><div hx-post=/admin/users/6/disable hx-trigger=load "
            + "hx-include=[name=_csrf] hx-swap=none></div><script type=application/json>";

    @Autowired
    MockMvc mvc;

    @Autowired
    GeographyService geography;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldNotLetABoundaryFileInjectMarkupIntoTheDashboard() throws Exception {
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "11").communes();
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\""
                + communes.get(0).code() + "\"},\"geometry\":{\"type\":\"Polygon\",\"x\":\"" + PAYLOAD.replace("\"", "\\\"")
                + "\",\"coordinates\":[[[103.1,21.1],[103.2,21.1],[103.2,21.2],[103.1,21.1]]]}}]}";
        mvc.perform(multipart("/admin/reference-data/boundaries").file(new MockMultipartFile("file", "ranh-gioi.geojson",
                "application/geo+json", file.getBytes(StandardCharsets.UTF_8))).param("province", "11").with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/dashboard/provinces/11")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<div hx-post").contains("id=\"map-data\"");
        assertThat(scriptBody(page, "map-data")).doesNotContain("<").contains(communes.get(0).code());
    }

    @Test
    void shouldNotLetAGroupNameInjectMarkupIntoTheDashboard() throws Exception {
        mvc.perform(post("/admin/groups").param("code", "HOSTILE_NAME").param("nameVi", PAYLOAD)
                .param("nameEn", PAYLOAD).with(csrf())).andExpect(status().is3xxRedirection());
        try {
            String page = mvc.perform(get("/dashboard/provinces/11")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).doesNotContain("<div hx-post=/admin/users");
            assertThat(scriptBody(page, "chart-data")).doesNotContain("<").contains("\\u003C/script\\u003E");
        }
        finally {
            jdbc.sql("update target_group set active = false where code = 'HOSTILE_NAME'").update();
        }
    }

    private static String scriptBody(String page, String id) {
        Matcher matcher = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("script #" + id).isTrue();
        return matcher.group(1);
    }
}
