package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The steering committee's morning view: a PROVINCE_STAFF dashboard changes by exactly one learner
 * after a commune official, in another browser, records one completion.
 */
@CampaignWebTest
class DashboardBrowserTests {

    static final String WARD = "25747";

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void shouldCountANewCompletionOnTheProvinceDashboardAfterAReload() {
        LocalDate today = LocalDate.now(clock);
        String dashboard = "/dashboard/provinces/79?year=" + today.getYear()
                + "&former=true&indicator=TRAINED_SHARE&group=PUBLIC_SECTOR";
        try (BrowserSession staff = new BrowserSession(port).logIn("bcd.hcm");
                BrowserSession official = new BrowserSession(port).logIn("xa.thudaumot")) {
            staff.page.locator("#nav-dashboard").click();
            assertThat(staff.page.locator("#dashboard-title")).containsText("Thành phố Hồ Chí Minh");
            staff.open(dashboard);
            // 168 wards: ranked, 25 to a page, and a ward is found by its name typed without accents
            assertThat(staff.page.locator("#ranking tbody tr")).hasCount(25);
            assertThat(staff.page.locator("#ranking-pages li")).hasCount(7);
            staff.page.locator("#ranking-q").fill("thu dau mot");
            staff.page.locator("#ranking-search-submit").click();
            assertThat(staff.page.locator("#ranking tbody tr")).hasCount(1);
            assertThat(staff.page.locator("#ranking-count")).hasText("1 / 168 xã, phường");
            assertThat(staff.page.locator("#freshness")).containsText("Số liệu tức thời");
            long cardBefore = number(staff.page, "#focus-actual");
            long rankBefore = number(staff.page, "#rank-" + WARD + " .actual");

            // the commune official runs a one-day class for one public-sector employee
            Page page = official.page;
            page.locator("#nav-classes").click();
            page.locator("#new-class").click();
            page.locator("#title").fill("Chuyển đổi số cho cán bộ phường");
            page.locator("#topic").selectOption("PUBLIC_SERVICES");
            page.locator("#group-PUBLIC_SECTOR").check();
            page.locator("#startDate").fill(today.toString());
            page.locator("#endDate").fill(today.toString());
            page.locator("#save-class").click();
            page.locator("#register-learners").click();
            page.locator("#fullName").fill("Võ Minh Tâm");
            page.locator("#birthYear").fill("1988");
            page.locator("#gender").selectOption("MALE");
            page.locator("#groupId").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Cán bộ, công chức, viên chức và người lao động khu vực công"));
            page.locator("#save-learner").click();
            assertThat(page.locator("#flash-success")).containsText("Võ Minh Tâm");
            page.locator("#back-to-class").click();
            page.locator("#enrollments tbody tr").getByText("Hoàn thành").click();
            assertThat(page.locator("#flash-success")).hasText("Đã ghi nhận hoàn thành.");

            staff.page.reload();
            org.assertj.core.api.Assertions.assertThat(number(staff.page, "#focus-actual")).isEqualTo(cardBefore + 1);
            org.assertj.core.api.Assertions.assertThat(number(staff.page, "#rank-" + WARD + " .actual"))
                    .isEqualTo(rankBefore + 1);
            assertThat(staff.page.locator("#card-TRAINED_SHARE-PUBLIC_SECTOR .actual"))
                    .hasText(String.valueOf(cardBefore + 1));
            assertThat(staff.page.locator("#freshness")).containsText("giây");
            staff.screenshot("dashboard-province.png");

            // drill down to the commune, keeping the year
            staff.page.locator("#rank-" + WARD + " a").click();
            assertThat(staff.page.locator("#dashboard-title"))
                    .hasText("Tiến độ năm " + today.getYear() + " – Phường Thủ Dầu Một");
            assertThat(staff.page.locator("#classes-of-month")).containsText("Chuyển đổi số cho cán bộ phường");
            staff.screenshot("dashboard-commune.png");
        }
    }

    @Test
    void shouldRankAllProvincesForTheAdministrator() {
        try (BrowserSession admin = new BrowserSession(port).logIn("quantri")) {
            admin.page.locator("#nav-dashboard").click();
            assertThat(admin.page.locator("#nation-ranking tbody tr")).hasCount(34);
            admin.page.locator("#recompute").click();
            assertThat(admin.page.locator("#flash-success")).containsText("Đã tính lại");
        }
    }

    @Test
    void shouldColourTheCommunesOnAMapOnceBoundariesAreUploaded() throws Exception {
        String[] codes = { "03388", "03390" };
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            double x = 103.0 + i * 0.1;
            features.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"code\":\"")
                    .append(codes[i]).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
                    .append(x).append(",21.3],[").append(x + 0.1).append(",21.3],[").append(x + 0.1).append(",21.4],[")
                    .append(x).append(",21.3]]]}}");
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ranh-gioi", ".geojson");
        java.nio.file.Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        try (BrowserSession admin = new BrowserSession(port).logIn("quantri")) {
            admin.open("/admin/reference-data");
            admin.page.locator("#boundary-province").selectOption("12");
            admin.page.locator("#boundary-file").setInputFiles(file);
            admin.page.locator("#boundary-submit").click();
            assertThat(admin.page.locator("#flash-success")).hasText("Đã nhập ranh giới của 2 xã, phường.");
            admin.open("/dashboard/provinces/12");
            assertThat(admin.page.locator("#map path.leaflet-interactive")).hasCount(2);
            admin.page.locator("#map").scrollIntoViewIfNeeded();
            admin.screenshot("dashboard-map.png");
        }
    }

    private static long number(Page page, String selector) {
        return Long.parseLong(page.locator(selector).first().textContent().replace(".", "").trim());
    }
}
