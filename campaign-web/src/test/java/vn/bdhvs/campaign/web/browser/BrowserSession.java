package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** One user's browser window on the application under test: its own cookies, its own page. */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final BrowserContext context;

    private final int port;

    final Page page;

    BrowserSession(int port) {
        this.port = port;
        this.context = Chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        this.page = context.newPage();
    }

    BrowserSession logIn(String username) {
        return logIn(username, CampaignWebTest.DEMO_PASSWORD);
    }

    BrowserSession logIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        try {
            assertThat(page.locator("#logout")).isVisible();
        }
        catch (AssertionError ex) {
            screenshot("login-failed-" + username + ".png");
            throw ex;
        }
        return this;
    }

    void open(String path) {
        page.navigate(url(path));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Saves what the user sees (the viewport) under target/screenshots; docs/images holds chosen ones. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    @Override
    public void close() {
        context.close();
    }
}
