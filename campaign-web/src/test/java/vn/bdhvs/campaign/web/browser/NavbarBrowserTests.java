package vn.bdhvs.campaign.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** On a common 1366×768 office screen the navigation fits on one row and "Đăng xuất" on one line. */
@CampaignWebTest
class NavbarBrowserTests {

    /** The logout button's size and line height, and the top of every item of the navigation bar. */
    static final String MEASURE = """
            () => {
              const logout = document.getElementById('logout');
              const style = getComputedStyle(logout);
              const items = [...document.querySelectorAll('#main-nav .nav-link, #logout, .navbar-brand')]
                  .filter(e => e.offsetParent !== null);
              return {
                height: logout.getBoundingClientRect().height,
                oneLine: parseFloat(style.lineHeight) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
                    + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth),
                centres: items.map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })
              };
            }
            """;

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void shouldKeepTheAdministratorsNavigationOnOneRowAt1366Pixels() {
        try (BrowserContext context = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill("quantri");
            page.locator("#password").fill(CampaignWebTest.DEMO_PASSWORD);
            page.locator("#login-submit").click();
            for (String language : List.of("vi", "en")) {
                page.navigate("http://localhost:" + port + "/?lang=" + language);
                // the administrator has the longest navigation of all roles
                assertThat(page.locator("#nav-items .nav-link").count()).isGreaterThanOrEqualTo(7);
                Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(BrowserSession.SCREENSHOTS.resolve("navbar-1366-" + language + ".png")));
                double height = ((Number) measured.get("height")).doubleValue();
                double oneLine = ((Number) measured.get("oneLine")).doubleValue();
                assertThat(height).as(language + ": logout button on one line").isCloseTo(oneLine,
                        org.assertj.core.data.Offset.offset(1.0));
                List<Number> centres = (List<Number>) measured.get("centres");
                double first = centres.get(0).doubleValue();
                assertThat(centres).as(language + ": every item on the same row")
                        .allSatisfy(c -> assertThat(c.doubleValue()).isCloseTo(first, org.assertj.core.data.Offset.offset(4.0)));
            }
        }
    }
}
