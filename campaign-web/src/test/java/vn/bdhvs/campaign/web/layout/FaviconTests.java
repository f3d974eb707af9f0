package vn.bdhvs.campaign.web.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** Browsers ask for /favicon.ico on every page, the login page included: it is there for everyone. */
@CampaignWebTest
class FaviconTests {

    @Autowired
    MockMvc mvc;

    @Test
    void shouldServeTheFaviconWithoutLoginAndLinkItFromEveryPage() throws Exception {
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        // an ICO file: reserved 0, type 1, at least one image
        assertThat(icon).startsWith(0, 0, 1, 0);
        assertThat(icon[4]).isPositive();
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }
}
