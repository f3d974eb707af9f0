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

    private final boolean phone;

    BrowserSession(int port) {
        this(port, 1280, 900);
    }

    private BrowserSession(int port, int width, int height) {
        this.port = port;
        this.phone = width < 768;
        this.context = Chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setIsMobile(phone).setHasTouch(phone));
        this.page = context.newPage();
    }

    /** A phone-sized window (390 × 844), where the navigation is folded behind the menu button. */
    static BrowserSession phone(int port) {
        return new BrowserSession(port, 390, 844);
    }

    /** How far the page is wider than the window: 0 when nothing needs sideways scrolling. */
    int horizontalOverflow() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
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
            if (phone) {
                assertThat(page.locator("#logout")).isAttached();
            }
            else {
                assertThat(page.locator("#logout")).isVisible();
            }
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
