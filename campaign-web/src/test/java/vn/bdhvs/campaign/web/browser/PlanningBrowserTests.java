package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** Steering-committee staff edit the target grid in Chromium; a manager only reads it. */
@CampaignWebTest
class PlanningBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void shouldLetProvinceStaffFixABadCellAndSaveTheGrid() {
        try (BrowserSession staff = new BrowserSession(port).logIn("bcd.hcm")) {
            staff.page.locator("#nav-planning").click();
            staff.page.locator("#year").selectOption("2025");
            staff.page.locator("#year-submit").click();
            assertThat(staff.page.locator("#targets-title")).hasText("Chỉ tiêu năm 2025 – Thành phố Hồ Chí Minh");
            // the former provinces' plans are shown under the city, labelled
            assertThat(staff.page.locator("body")).containsText("Chỉ tiêu của tỉnh cũ Bình Dương (đã sáp nhập)");

            Locator publicSector = staff.page.locator("#cell-TRAINED_SHARE-PUBLIC_SECTOR");
            publicSector.fill("120");
            staff.page.locator("#cell-TRAINED_SHARE-STUDENTS").fill("100");
            staff.page.locator("#cell-VNEID_COUNT-ADULTS").fill("1.600.000");
            staff.page.locator("#cell-CLASSES_HELD").fill("2500");
            staff.page.locator("#save-targets").click();

            assertThat(staff.page.locator("#flash-failure")).containsText("Chưa lưu");
            assertThat(staff.page.locator("#cell-TRAINED_SHARE-PUBLIC_SECTOR")).hasClass(
                    java.util.regex.Pattern.compile("is-invalid"));
            assertThat(staff.page.locator("#cell-TRAINED_SHARE-PUBLIC_SECTOR ~ .invalid-feedback"))
                    .hasText("Tỷ lệ phải từ 0 đến 100%.");
            // what the user typed is still there, nothing was saved
            assertThat(staff.page.locator("#cell-VNEID_COUNT-ADULTS")).hasValue("1.600.000");
            staff.screenshot("planning-grid-error.png");

            staff.page.locator("#cell-TRAINED_SHARE-PUBLIC_SECTOR").fill("90");
            staff.page.locator("#save-targets").click();
            assertThat(staff.page.locator("#flash-success")).hasText("Đã lưu 4 thay đổi.");
            assertThat(staff.page.locator("#cell-TRAINED_SHARE-PUBLIC_SECTOR")).hasValue("90");
            assertThat(staff.page.locator("#cell-VNEID_COUNT-ADULTS")).hasValue("1600000");
            staff.screenshot("planning-grid-saved.png");

            staff.page.locator("#cell-VNEID_COUNT-ADULTS ~ div a", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("Phân bổ cho xã")).click();
            assertThat(staff.page.locator("#allocation-subject")).containsText("Số người được xác thực VNeID");
            // the demo profile has 2025 adult baselines for every ward of the city
            staff.page.locator("#allocate-proportionally").click();
            assertThat(staff.page.locator("#flash-success")).containsText("Đã lưu phân bổ");
            assertThat(staff.page.locator("#allocated-sum")).hasText("1.600.000");
            assertThat(staff.page.locator("#allocation-summary")).containsText("Khớp chỉ tiêu tỉnh");
            staff.screenshot("planning-allocation.png");
        }
    }

    @Test
    void shouldShowAManagerTheGridReadOnly() {
        try (BrowserSession manager = new BrowserSession(port).logIn("quanly.hcm")) {
            manager.page.locator("#nav-planning").click();
            manager.page.locator("#year").selectOption("2025");
            manager.page.locator("#year-submit").click();
            assertThat(manager.page.locator("#read-only-note")).hasText("Bạn chỉ có quyền xem chỉ tiêu.");
            assertThat(manager.page.locator("#save-targets")).hasCount(0);
            assertThat(manager.page.locator("#cell-TRAINED_SHARE-PUBLIC_SECTOR")).not().isEditable();
            // Bình Dương's real 2025 plan, visible under the city
            assertThat(manager.page.locator("body")).containsText("Chỉ tiêu của tỉnh cũ Bình Dương");
        }
    }
}
