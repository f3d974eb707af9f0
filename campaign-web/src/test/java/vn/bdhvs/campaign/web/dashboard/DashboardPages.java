package vn.bdhvs.campaign.web.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.MockMvc;

/** A dashboard as the signed-in test user reads it: the HTML of an answer that must be 200. */
final class DashboardPages {

    private DashboardPages() {
    }

    static String read(MockMvc mvc, String url) throws Exception {
        return read(mvc, url, null);
    }

    /** {@code query}: the ranking's name search. */
    static String read(MockMvc mvc, String url, String query) throws Exception {
        return mvc.perform(get(url).queryParam("q", query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
