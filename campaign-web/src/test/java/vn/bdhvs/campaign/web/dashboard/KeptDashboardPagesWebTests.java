package vn.bdhvs.campaign.web.dashboard;

import static vn.bdhvs.campaign.web.KeptCaches.pageHits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * Whole dashboard pages are kept per user and data version (KeptPages), yet what is not the same
 * for every request never comes from the kept text: each session gets its own CSRF token, how long
 * ago the figures changed is as of this request, and a flash message shows once.
 */
@CampaignWebTest
@WithUserDetails("bcd.hcm")
class KeptDashboardPagesWebTests {

    /** A ward of Hồ Chí Minh City without data in the tests (Phường Phú An). */
    static final String QUIET_WARD = "25768";

    static final String PROVINCE = "/dashboard/provinces/79";

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheCounter() {
        jdbc.sql("delete from progress_counter where commune_id = (select id from commune where code = ?)")
                .param(QUIET_WARD).update();
    }

    @Test
    void shouldGiveEachSessionItsOwnCsrfTokenOnAKeptPage() throws Exception {
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        String firstToken = csrf(page(get(PROVINCE).session(first)));
        double hits = pageHits(meters);
        String secondToken = csrf(page(get(PROVINCE).session(second)));
        assertThat(pageHits(meters)).as("the second session's page was the kept one").isEqualTo(hits + 1);

        mvc.perform(post("/logout").session(second).param("_csrf", firstToken)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(second).param("_csrf", secondToken))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void shouldTellHowLongAgoTheFiguresChangedAsOfEachRequest() throws Exception {
        jdbc.sql("""
                insert into progress_counter (commune_id, group_id, month, metric, value, updated_at)
                select id, null, date_trunc('month', now()), 'CLASSES_HELD', 0, now() - interval '118 seconds'
                from commune where code = ?
                """).param(QUIET_WARD).update();
        String commune = "/dashboard/communes/" + QUIET_WARD;
        assertThat(freshness(page(get(commune)))).contains("giây");
        double hits = pageHits(meters);
        Thread.sleep(2500);
        assertThat(freshness(page(get(commune)))).contains("cách đây 2 phút");
        assertThat(pageHits(meters)).as("the same kept page").isEqualTo(hits + 1);
    }

    @Test
    void shouldShowAFlashMessageOnceWithoutKeepingIt() throws Exception {
        page(get(PROVINCE));
        assertThat(page(get(PROVINCE).flashAttr("success", "progress.recomputed").flashAttr("successArg", 7)))
                .contains("id=\"flash-success\"");
        assertThat(page(get(PROVINCE))).doesNotContain("id=\"flash-success\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("the logout form's token").isTrue();
        return matcher.group(1);
    }

    private static String freshness(String page) {
        Matcher matcher = Pattern.compile("id=\"freshness\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("how long ago the figures changed").isTrue();
        return matcher.group(1);
    }

}
