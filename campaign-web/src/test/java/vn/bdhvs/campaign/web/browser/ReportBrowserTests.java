package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** A manager finds the reports, downloads the official PDF and prints the page, in Chromium. */
@CampaignWebTest
class ReportBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void shouldFindTheReportDownloadItAndPrintThePageWithoutTheMenus() throws IOException {
        try (BrowserSession manager = new BrowserSession(port).logIn("quanly.hcm")) {
            Page page = manager.page;
            page.locator("#nav-reports").click();
            assertThat(page.locator("#report-heading")).containsText("Thành phố Hồ Chí Minh");
            page.locator("#indicator-TRAINED_SHARE").check();
            page.locator("#group-ELDERLY").check();
            page.locator("#show-report").click();
            assertThat(page.locator("#report-summary tbody tr")).hasCount(1);
            assertThat(page.locator("#former")).isChecked();
            org.assertj.core.api.Assertions.assertThat(page.locator("#download-pdf").getAttribute("href"))
                    .contains("former=true", "indicators=TRAINED_SHARE", "groups=ELDERLY");
            assertThat(page.locator("#report-summary tbody tr")).containsText("Người cao tuổi");
            manager.screenshot("report-page.png");

            Download pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
            org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).startsWith("bao-cao-tien-do-79-")
                    .endsWith(".pdf");
            org.assertj.core.api.Assertions.assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5,
                    java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            page.reload();
            assertThat(page.locator("#report-history tbody tr").first()).containsText("PDF");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("nav.navbar")).isHidden();
            assertThat(page.locator("#report-form")).isHidden();
            assertThat(page.locator("#downloads")).isHidden();
            assertThat(page.locator("#report-summary")).isVisible();
        }
    }
}
