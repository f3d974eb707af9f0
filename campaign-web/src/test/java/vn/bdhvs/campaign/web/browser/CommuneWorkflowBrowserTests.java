package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.AttendanceSheet;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.AttendanceService;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/**
 * A commune official's day in Chromium: a class with 4 weekly sessions, 5 registrations (one a
 * person already registered), attendance with "all present" and two changes, completion, and the
 * numbers on the commune page.
 */
@CampaignWebTest
class CommuneWorkflowBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    ClassService training;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    AttendanceService attendance;

    @Autowired
    GeographyService geography;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    AccountService accounts;

    @Test
    void shouldRunAClassFromCreationToCompletion() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusDays(27);
        String prefix = String.format("0797%08d", ThreadLocalRandom.current().nextInt(100_000_000)).substring(0, 10);
        try (BrowserSession official = new BrowserSession(port).logIn("xa.thudaumot")) {
            Page page = official.page;
            // other tests may record data in this ward too: the page must change by exactly this class
            page.locator("#nav-my-commune").click();
            java.util.Map<String, Long> before = figures(page);
            page.locator("#nav-classes").click();
            page.locator("#new-class").click();
            page.locator("#title").fill("Hướng dẫn cài đặt và sử dụng VNeID mức 2");
            page.locator("#topic").selectOption("VNEID");
            page.locator("#group-ADULTS").check();
            page.locator("#group-ELDERLY").check();
            page.locator("#startDate").fill(start.toString());
            page.locator("#endDate").fill(today.toString());
            page.locator("#place").fill("Nhà văn hoá khu phố 3");
            page.locator("#save-class").click();
            assertThat(page.locator("#flash-success")).containsText("Đã tạo lớp");

            // four weekly sessions from the first day of the class
            page.locator("#series-count").fill("4");
            page.locator("#add-series").click();
            assertThat(page.locator("#flash-success")).hasText("Đã tạo các buổi học hằng tuần.");
            assertThat(page.locator("#sessions tbody tr")).hasCount(4);
            official.screenshot("commune-class.png");

            // five registrations, the last one a person already registered under the same citizen ID
            page.locator("#register-learners").click();
            String[][] people = { { "Nguyễn Văn Dự", "1950", "MALE", "ELDERLY", prefix + "01" },
                    { "Trần Thị Lan", "1978", "FEMALE", "ADULTS", prefix + "02" },
                    { "Lê Văn Hùng", "1985", "MALE", "ADULTS", "" },
                    { "Phạm Thị Hoa", "1962", "FEMALE", "ELDERLY", prefix + "04" },
                    { "Nguyen Van Du", "1950", "MALE", "ELDERLY", prefix + "01" } };
            for (String[] person : people) {
                page.locator("#fullName").fill(person[0]);
                page.locator("#birthYear").fill(person[1]);
                page.locator("#gender").selectOption(person[2]);
                page.locator("#groupId").selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel(person[3].equals("ADULTS") ? "Người dân trong độ tuổi trưởng thành" : "Người cao tuổi"));
                page.locator("#citizenId").fill(person[4]);
                page.locator("#save-learner").click();
                if (person == people[4]) {
                    assertThat(page.locator("#duplicate-message")).containsText(
                            "Người có số CCCD này đã được đăng ký tại Phường Thủ Dầu Một: Nguyễn Văn Dự (sinh năm 1950)");
                    official.screenshot("commune-duplicate.png");
                }
                else {
                    assertThat(page.locator("#flash-success")).containsText("Đã đăng ký và ghi danh " + person[0]);
                }
            }
            page.locator("#enroll-existing").click();
            assertThat(page.locator("#flash-success")).hasText("Đã ghi danh 0 học viên.");
            assertThat(page.locator("#enrollments tbody tr")).hasCount(4);

            // attendance of the first session: everyone present, then two changes
            page.locator("#attendance-1").click();
            page.locator("#mark-all-present").click();
            page.locator("#attendance tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Trần Thị Lan")).getByText("Vắng").click();
            assertThat(page.locator("#attendance tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Trần Thị Lan")).getByText("Đã lưu")).isVisible();
            page.locator("#attendance tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Lê Văn Hùng")).getByText("Muộn").click();
            official.screenshot("commune-attendance.png");
            page.locator("#save-attendance").click();
            assertThat(page.locator("#flash-success")).containsText("Đã lưu điểm danh");
            page.getByText("Hướng dẫn cài đặt và sử dụng VNeID mức 2").first().click();
            assertThat(page.locator("#attendance-1")).hasText("3 có mặt · 4/4 đã điểm danh");
            // the next two sessions: everyone present, with one click each
            for (String session : new String[] { "#attendance-2", "#attendance-3" }) {
                page.locator(session).click();
                page.locator("#mark-all-present").click();
                page.locator("#save-attendance").click();
                assertThat(page.locator("#flash-success")).containsText("Đã lưu điểm danh");
                page.getByText("Hướng dẫn cài đặt và sử dụng VNeID mức 2").first().click();
            }
            assertThat(page.locator("#completion-rule")).containsText("hiện 4 buổi, cần 3 buổi");

            // one VNeID confirmation, then the whole class completes today
            page.locator("#enrollments tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Phạm Thị Hoa")).getByText("Xác nhận").click();
            assertThat(page.locator("#flash-success")).hasText("Đã ghi nhận xác thực VNeID.");
            page.locator("#finish-on").fill(today.toString());
            page.locator("#finish-class").click();
            // Trần Thị Lan came to 2 of 4 sessions: she stays open for a decision
            assertThat(page.locator("#flash-success")).hasText(
                    "Đã kết thúc lớp: 3 học viên hoàn thành; một số học viên chưa đủ chuyên cần, hãy xem xét từng người.");
            assertThat(page.locator("#class-status")).hasText("Đã kết thúc");
            com.microsoft.playwright.Locator lan = page.locator("#enrollments tbody tr").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Trần Thị Lan"));
            assertThat(lan).containsText("2/4 buổi");
            lan.locator("input[name=overrideNote]").fill("Vắng có lý do, đã học bù");
            lan.getByText("Hoàn thành", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("#flash-success")).hasText("Đã ghi nhận hoàn thành.");

            page.locator("#nav-my-commune").click();
            java.util.Map<String, Long> after = figures(page);
            org.assertj.core.api.Assertions.assertThat(after.get("classes") - before.get("classes")).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(after.get("sessions") - before.get("sessions")).isEqualTo(4);
            org.assertj.core.api.Assertions.assertThat(after.get("learners") - before.get("learners")).isEqualTo(4);
            org.assertj.core.api.Assertions.assertThat(after.get("enrollments") - before.get("enrollments")).isEqualTo(4);
            org.assertj.core.api.Assertions.assertThat(after.get("trained") - before.get("trained")).isEqualTo(4);
            org.assertj.core.api.Assertions.assertThat(after.get("vneid") - before.get("vneid")).isEqualTo(1);
            official.screenshot("commune-figures.png");
        }
    }

    @Test
    void shouldMarkFortyLearnersWithAHandfulOfClicks() {
        LocalDate today = LocalDate.now(clock);
        String code = "25750";
        var commune = geography.findCommune(code).orElseThrow();
        String username = TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, code);
        Actor official = new Actor(username, Role.COMMUNE_OFFICIAL, UnitScope.commune(commune.provinceId(), commune.id()));
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        long classId = training.create(official, code, new ClassCmd("Lớp đông 40 người", Topic.CASHLESS,
                ClassFormat.IN_PERSON, Organiser.YOUTH_VOLUNTEERS, List.of(adults), today.minusDays(1), today, null, 40,
                null, UUID.randomUUID().toString()));
        training.addSession(official, classId, today, null);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ids.add(learners.register(official, code, new RegisterLearnerCmd("Học viên số " + i, 1980, Gender.FEMALE,
                    adults, null, null, null, UUID.randomUUID().toString())).learner().id());
        }
        enrollments.enroll(official, classId, ids, false);
        long sessionId = training.detail(official, classId).sessions().get(0).id();
        try (BrowserSession browser = new BrowserSession(port).logIn(username, TestAccounts.PASSWORD)) {
            Page page = browser.page;
            browser.open("/sessions/" + sessionId + "/attendance");
            long started = System.nanoTime();
            // four clicks: all present, two changes, save
            page.locator("#mark-all-present").click();
            page.locator("#mark-" + ids.get(6) + "-ABSENT + label").click();
            page.locator("#mark-" + ids.get(17) + "-EXCUSED + label").click();
            page.locator("#save-attendance").click();
            assertThat(page.locator("#flash-success")).containsText("Đã lưu điểm danh");
            long seconds = java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds();
            org.assertj.core.api.Assertions.assertThat(seconds).isLessThan(60);
        }
        AttendanceSheet sheet = attendance.sheet(official, sessionId);
        org.assertj.core.api.Assertions.assertThat(sheet.rows()).hasSize(40).allSatisfy(row -> org.assertj.core.api.Assertions
                .assertThat(row.status()).isNotNull());
        org.assertj.core.api.Assertions.assertThat(sheet.rows().stream().filter(r -> r.status() == AttendanceStatus.PRESENT))
                .hasSize(38);
    }

    private static java.util.Map<String, Long> figures(Page page) {
        java.util.Map<String, Long> figures = new java.util.HashMap<>();
        for (String name : new String[] { "classes", "sessions", "learners", "enrollments", "trained", "vneid" }) {
            figures.put(name, Long.valueOf(page.locator("#figure-" + name).textContent().trim()));
        }
        return figures;
    }

    @Test
    void shouldExplainBadInputNextToTheField() {
        try (BrowserSession official = new BrowserSession(port).logIn("xa.thudaumot")) {
            Page page = official.page;
            official.open("/communes/25747/learners/new");
            page.locator("#fullName").fill("Bé Na");
            page.locator("#birthYear").fill(String.valueOf(LocalDate.now(clock).getYear() - 4));
            page.locator("#gender").selectOption("FEMALE");
            page.locator("#groupId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            page.locator("#citizenId").fill("12345");
            page.locator("#save-learner").click();
            assertThat(page.locator("#citizenId ~ .invalid-feedback")).hasText("Số CCCD phải gồm đúng 12 chữ số.");
            page.locator("#citizenId").fill("");
            page.locator("#save-learner").click();
            assertThat(page.locator("#birthYear ~ .invalid-feedback")).containsText("học viên từ 10 đến 110 tuổi");
        }
    }
}
