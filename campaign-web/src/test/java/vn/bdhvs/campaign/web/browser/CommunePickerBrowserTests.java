package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** People find communes by the names they know, including the names from before July 2025. */
@CampaignWebTest
class CommunePickerBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void shouldCreateACommuneOfficialByTypingTheFormerNameOfTheCommune() {
        try (BrowserSession admin = new BrowserSession(port).logIn("quantri")) {
            Page page = admin.page;
            admin.open("/admin/users/new");
            page.locator("#username").fill("xa.yenlac.picker");
            page.locator("#displayName").fill("Cán bộ xã Yên Lạc");
            page.locator("#role").selectOption("COMMUNE_OFFICIAL");
            page.locator("#communeCode").fill("dong cuong");
            var suggestion = page.locator("#communeCode-suggestions [data-commune-code='09025']");
            assertThat(suggestion).containsText("Xã Yên Lạc, tỉnh Phú Thọ");
            assertThat(suggestion).containsText("trước đây: Xã Đồng Cương (huyện Yên Lạc, tỉnh Vĩnh Phúc)");
            admin.screenshot("commune-picker.png");
            suggestion.click();
            assertThat(page.locator("#communeCode")).hasValue("09025");
            assertThat(page.locator("#communeCode-chosen")).hasText("Đã chọn: Xã Yên Lạc, tỉnh Phú Thọ (mã 09025)");
            assertThat(page.locator("#communeCode-suggestions [data-commune-code]")).hasCount(0);
            page.locator("#password").fill("mat-khau-du-dai");
            page.locator("#save-user").click();
            assertThat(page.locator("#flash-success")).containsText("xa.yenlac.picker");
            assertThat(page.locator("#user-xa\\.yenlac\\.picker")).containsText("Xã Yên Lạc, Phú Thọ");
        }
    }

    @Test
    void shouldFindAFormerProvinceAndGoToTheProvinceItBecame() {
        try (BrowserSession admin = new BrowserSession(port).logIn("quantri")) {
            Page page = admin.page;
            page.locator("#nav-geography").click();
            page.locator("#unit-q").fill("vinh phuc");
            page.locator("#unit-search-submit").click();
            var former = page.locator("#unit-search-list li[data-kind='FORMER_PROVINCE']");
            assertThat(former).containsText("Vĩnh Phúc (tỉnh, thành phố cũ)");
            former.getByText("Phú Thọ").click();
            assertThat(page.locator("#province-name")).hasText("Phú Thọ");
            assertThat(page.locator("#former-provinces")).containsText("Vĩnh Phúc");
        }
    }
}
