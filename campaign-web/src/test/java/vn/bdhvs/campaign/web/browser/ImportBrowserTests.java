package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.SheetReader;
import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/**
 * A commune official brings a list of learners in from a file, in Chromium: upload, a trial that
 * finds 2 errors, the valid rows imported, the rejected rows downloaded, fixed and imported with
 * a larger file while the page shows the progress; the learners appear and the commune's figure
 * moves by exactly the rows imported.
 */
@CampaignWebTest
class ImportBrowserTests {

    /** A ward no other test writes to (Phường Đồng Xoài, Đồng Nai). */
    static final String COMMUNE = "25210";

    static final String HEADER = "Họ và tên,Năm sinh,Giới tính,Nhóm đối tượng,Số điện thoại,Số CCCD";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void shouldTryFixAndImportAListOfLearners() throws IOException {
        String username = TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, COMMUNE);
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String cccd = String.format("0750%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String file = HEADER + "\n"
                + "Nguyễn Văn Nhập " + tag + ",1960,Nam,Người cao tuổi,0912345678,\n"
                + "Trần Thị Nhập " + tag + ",1890,Nữ,Người cao tuổi,,\n"
                + "Lê Văn Nhập " + tag + ",1975,Nam,Người dân trong độ tuổi trưởng thành,," + cccd.substring(1) + "\n"
                + "Phạm Thị Nhập " + tag + ",1982,Nữ,ADULTS,,\n"
                + "Hoàng Văn Nhập " + tag + ",1990,nam,adults,,\n";
        try (BrowserSession official = new BrowserSession(port).logIn(username, TestAccounts.PASSWORD)) {
            Page page = official.page;
            page.locator("#nav-my-commune").click();
            long before = learners(page);

            page.locator("#nav-imports").click();
            assertThat(page.locator("#template-LEARNERS")).isVisible();
            upload(page, "danh-sach-" + tag + ".csv", file.getBytes(StandardCharsets.UTF_8));
            assertThat(page.locator("#column-fullName")).hasValue("0");
            assertThat(page.locator("#column-citizenId")).hasValue("5");
            page.locator("#check").click();
            assertThat(page.locator("#sum-errors")).hasText("2");
            assertThat(page.locator("#sum-created")).hasText("3");
            assertThat(page.locator("#errors tbody tr")).hasCount(2);
            assertThat(page.locator("#errors tbody tr").nth(0)).containsText("Năm sinh");
            assertThat(page.locator("#errors tbody tr").nth(1)).containsText("có lẽ Excel đã bỏ số 0 ở đầu");
            official.screenshot("import-checked.png");

            Download download = page.waitForDownload(() -> page.locator("#error-file").click());
            List<List<String>> rejected = read(Files.readAllBytes(download.path()));
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .isEqualTo("danh-sach-" + tag + "-loi.xlsx");
            org.assertj.core.api.Assertions.assertThat(rejected).hasSize(3);
            org.assertj.core.api.Assertions.assertThat(rejected.get(0)).endsWith("Lỗi");
            org.assertj.core.api.Assertions.assertThat(rejected.get(1).get(6)).startsWith("Năm sinh: ");

            // the valid rows now, as the official chose
            page.locator("#validOnly").check();
            page.locator("#commit").click();
            assertThat(page.locator("#imported-note")).containsText("chỉ các dòng hợp lệ");
            assertThat(page.locator("#sum-created")).hasText("3");

            // the rejected rows fixed in "Excel", with the rest of the commune's list behind them
            rejected.get(1).set(1, "1950");
            rejected.get(2).set(5, cccd);
            StringWriter fixed = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(fixed, CSVFormat.EXCEL)) {
                for (List<String> row : rejected) {
                    csv.printRecord(row);
                }
                for (int i = 0; i < 30_000; i++) {
                    csv.printRecord("Người Học " + tag + " Số " + i, String.valueOf(1940 + i % 60),
                            i % 2 == 0 ? "Nữ" : "Nam", i % 3 == 0 ? "Người cao tuổi" : "ADULTS", "", "", "");
                }
            }
            page.locator("#nav-imports").click();
            upload(page, "da-sua-" + tag + ".csv", fixed.toString().getBytes(StandardCharsets.UTF_8));
            page.locator("#check").click();
            assertThat(page.locator("#sum-errors")).hasText("0", new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(page.locator("#sum-created")).hasText("30.002");
            page.locator("#commit").click();
            assertThat(page.locator("#job-progress")).isVisible();
            // the bar is the native element, filled from its value: an inline width would be refused by the CSP
            assertThat(page.locator("#job-progress progress")).hasAttribute("max", "100");
            assertThat(page.locator("#job-progress progress")).hasAttribute("value", java.util.regex.Pattern.compile("\\d+"));
            official.screenshot("import-progress.png");
            assertThat(page.locator("#imported-note")).containsText("Đã nhập toàn bộ tệp",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));

            official.open("/communes/" + COMMUNE + "/learners?q=Nh%E1%BA%ADp%20" + tag);
            assertThat(page.locator("#learners")).containsText("Trần Thị Nhập " + tag);
            assertThat(page.locator("#learners")).containsText("Lê Văn Nhập " + tag);
            page.locator("#nav-my-commune").click();
            org.assertj.core.api.Assertions.assertThat(learners(page) - before).isEqualTo(3 + 30_002);

            page.locator("#nav-imports").click();
            assertThat(page.locator("#jobs tbody tr").first()).containsText("da-sua-" + tag + ".csv");
            assertThat(page.locator("#jobs tbody tr").first()).containsText("Đã nhập");
        }
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimitWithAClearMessage() throws IOException {
        Path large = Files.createTempFile("qua-lon", ".csv");
        try (BrowserSession official = new BrowserSession(port).logIn("xa.thudaumot")) {
            byte[] line = "Nguyễn Văn A,1980,Nam,ADULTS\n".getBytes(StandardCharsets.UTF_8);
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(large))) {
                out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                for (long written = 0; written <= 51L * 1024 * 1024; written += line.length) {
                    out.write(line);
                }
            }
            Page page = official.page;
            page.locator("#nav-imports").click();
            page.locator("#file").setInputFiles(large);
            page.locator("#upload").click();
            assertThat(page.locator("main")).containsText("Tệp tải lên quá lớn (tối đa 50 MB).");
        }
        finally {
            Files.delete(large);
        }
    }

    @Test
    void shouldTakeAFileWhoseLongVietnameseNameWindowsAllows() {
        // 250 characters of Vietnamese are 750 bytes in the part's headers, over the container's default 512
        String name = "Danh sách học viên lớp kỹ năng số phường Thủ Dầu Một ".repeat(5).substring(0, 250) + ".csv";
        try (BrowserSession official = new BrowserSession(port).logIn("xa.thudaumot")) {
            Page page = official.page;
            page.locator("#nav-imports").click();
            upload(page, name, (HEADER + "\nNgười Tên Dài,1980,Nam,ADULTS\n").getBytes(StandardCharsets.UTF_8));
            assertThat(page.locator("h1")).hasText(name);
        }
    }

    private static void upload(Page page, String name, byte[] content) {
        page.locator("#kind").selectOption("LEARNERS");
        page.locator("#file").setInputFiles(new FilePayload(name, "text/csv", content));
        page.locator("#upload").click();
        assertThat(page.locator("#check-form")).isVisible();
    }

    private static long learners(Page page) {
        return Long.parseLong(page.locator("#figure-learners").textContent().trim().replace(".", ""));
    }

    private static List<List<String>> read(byte[] workbook) {
        List<List<String>> rows = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(workbook, 1000)) {
            rows.add(new ArrayList<>(reader.header()));
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(new ArrayList<>(row.values()));
            }
        }
        return rows;
    }
}
