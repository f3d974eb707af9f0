package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** Each demo role logs in through the real login page and sees only what it may use. */
@CampaignWebTest
class NavigationBrowserTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    BrowserContext context;

    Page page;

    @BeforeEach
    void openBrowser() {
        context = Chromium.browser().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void shouldShowTheAdministratorEverything() {
        logIn("quantri");
        assertNavigation("Trang chủ", "Tiến độ", "Đơn vị hành chính", "Kế hoạch & chỉ tiêu", "Tài khoản", "Nhóm đối tượng",
                "Dữ liệu đơn vị");
        page.locator("#nav-geography").click();
        assertThat(page.locator("#provinces tbody tr")).hasCount(34);
        page.getByText("Thành phố Hồ Chí Minh").click();
        assertThat(page.locator("#former-provinces")).containsText("Bình Dương");
        page.locator("#communes").getByText("Phường Thủ Dầu Một").click();
        assertThat(page.locator("#former-units")).containsText("Phường Chánh Nghĩa");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-commune.png")).setFullPage(false));
    }

    @Test
    void shouldShowProvinceStaffTheirProvinceOnly() {
        logIn("bcd.hcm");
        assertNavigation("Trang chủ", "Tiến độ", "Tỉnh/thành của tôi", "Kế hoạch & chỉ tiêu", "Nhập từ tệp", "Báo cáo");
        page.locator("#nav-my-province").click();
        assertThat(page.locator("#province-name")).hasText("Thành phố Hồ Chí Minh");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("province-staff.png")));
    }

    @Test
    void shouldShowAManagerTheirProvinceWithoutAdministration() {
        logIn("quanly.hcm");
        assertNavigation("Trang chủ", "Tiến độ", "Tỉnh/thành của tôi", "Kế hoạch & chỉ tiêu", "Báo cáo");
        assertThat(page.locator("#home-role")).hasText("Vai trò: Lãnh đạo, quản lý");
    }

    @Test
    void shouldShowACommuneOfficialTheirCommuneOnly() {
        logIn("xa.thudaumot");
        assertNavigation("Trang chủ", "Tiến độ", "Xã/phường của tôi", "Lớp học", "Học viên", "Tổ công nghệ số", "Nhập từ tệp", "Báo cáo");
        page.locator("#nav-my-commune").click();
        assertThat(page.locator("#commune-name")).hasText("Phường Thủ Dầu Một");
        // a guessed address of another ward leads to the Vietnamese 404 page
        page.navigate(url("/geography/communes/26740"));
        assertThat(page.locator("#error-title")).hasText("Không tìm thấy");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#error-title")).hasText("Không có quyền truy cập");
    }

    @Test
    void shouldSwitchToEnglishAndBack() {
        logIn("xa.thudaumot");
        page.getByText("English").click();
        assertNavigation("Home", "Progress", "My commune", "Classes", "Learners", "Teams", "Import", "Reports");
        page.getByText("Tiếng Việt").click();
        assertNavigation("Trang chủ", "Tiến độ", "Xã/phường của tôi", "Lớp học", "Học viên", "Tổ công nghệ số", "Nhập từ tệp", "Báo cáo");
    }

    @Test
    void shouldTellAWrongPasswordInVietnamese() {
        page.navigate(url("/login"));
        page.locator("#username").fill("quantri");
        page.locator("#password").fill("sai-mat-khau");
        page.locator("#login-submit").click();
        assertThat(page.locator("#login-error")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    private void logIn(String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(CampaignWebTest.DEMO_PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("#logout")).isVisible();
    }

    private void assertNavigation(String... labels) {
        Locator items = page.locator("#nav-items .nav-link");
        assertThat(items).hasText(labels);
        org.assertj.core.api.Assertions.assertThat(items.allTextContents()).isEqualTo(List.of(labels));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
