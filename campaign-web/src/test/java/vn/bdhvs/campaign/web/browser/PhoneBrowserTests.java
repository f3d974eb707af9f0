package vn.bdhvs.campaign.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * A commune official on a phone (390 px wide): every page of their daily work fits the screen, and
 * the buttons for completion and VNeID are on it, not off to the side.
 */
@CampaignWebTest
class PhoneBrowserTests {

    static final String WARD = "25747";

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
    GeographyService geography;

    @Autowired
    PlanningCatalog catalog;

    @Test
    void shouldLetACommuneOfficialWorkOnAPhone() {
        var commune = geography.findCommune(WARD).orElseThrow();
        Actor official = new Actor("xa.thudaumot", Role.COMMUNE_OFFICIAL,
                UnitScope.commune(commune.provinceId(), commune.id()));
        LocalDate today = LocalDate.now(clock);
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        long classId = training.create(official, WARD, new ClassCmd("Lớp trên điện thoại: thanh toán không tiền mặt",
                Topic.CASHLESS, ClassFormat.IN_PERSON, Organiser.YOUTH_VOLUNTEERS, List.of(adults), today.minusDays(7),
                today, "Nhà văn hoá khu phố 7", 30, null, UUID.randomUUID().toString()));
        training.addSession(official, classId, today.minusDays(1), null);
        long session = training.detail(official, classId).sessions().get(0).id();
        long learner = learners.register(official, WARD, new RegisterLearnerCmd("Đặng Thị Thu Phương Thảo", 1968,
                Gender.FEMALE, adults, null, null, null, UUID.randomUUID().toString())).learner().id();
        enrollments.enroll(official, classId, List.of(learner), false);

        try (BrowserSession phone = BrowserSession.phone(port).logIn("xa.thudaumot")) {
            Page page = phone.page;
            phone.open("/communes/" + WARD + "/classes");
            assertThat(page.locator("#classes")).containsText("Lớp trên điện thoại");
            org.assertj.core.api.Assertions.assertThat(phone.horizontalOverflow()).as("class list").isZero();

            // attendance: one tap on "Có mặt" saves the row, then the sheet is saved
            phone.open("/sessions/" + session + "/attendance");
            org.assertj.core.api.Assertions.assertThat(phone.horizontalOverflow()).as("attendance").isZero();
            page.locator("label[for=mark-" + learner + "-PRESENT]").click();
            assertThat(page.locator("#saved-" + learner)).isVisible();
            page.locator("#save-attendance").click();
            assertThat(page.locator("#flash-success")).containsText("Đã lưu điểm danh");

            // the class page: completion and VNeID are on screen
            phone.open("/classes/" + classId);
            org.assertj.core.api.Assertions.assertThat(phone.horizontalOverflow()).as("class page").isZero();
            Locator row = page.locator("#enrollment-" + learner);
            Locator complete = row.getByText("Hoàn thành", new Locator.GetByTextOptions().setExact(true));
            Locator vneid = row.getByText("Xác nhận", new Locator.GetByTextOptions().setExact(true));
            for (Locator button : List.of(complete, vneid)) {
                button.scrollIntoViewIfNeeded();
                assertThat(button).isVisible();
                BoundingBox box = button.boundingBox();
                org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0);
                org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(390);
            }
            complete.click();
            assertThat(page.locator("#flash-success")).hasText("Đã ghi nhận hoàn thành.");
            phone.screenshot("phone-class.png");

            // registering a learner and the teams page
            phone.open("/communes/" + WARD + "/learners/new?classId=" + classId);
            org.assertj.core.api.Assertions.assertThat(phone.horizontalOverflow()).as("registration").isZero();
            page.locator("#fullName").fill("Huỳnh Văn Tư");
            page.locator("#birthYear").fill("1959");
            page.locator("#gender").selectOption("MALE");
            page.locator("#groupId").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Người dân trong độ tuổi trưởng thành"));
            page.locator("#save-learner").click();
            assertThat(page.locator("#flash-success")).containsText("Huỳnh Văn Tư");
            phone.open("/communes/" + WARD + "/teams");
            org.assertj.core.api.Assertions.assertThat(phone.horizontalOverflow()).as("teams").isZero();
            phone.open("/communes/" + WARD + "/learners");
            org.assertj.core.api.Assertions.assertThat(phone.horizontalOverflow()).as("learners").isZero();

            // a row saved after the session ended (signed out in another tab) says the sheet was out
            // of date instead of leaving the new mark on screen as if it had been saved
            phone.open("/sessions/" + session + "/attendance");
            page.evaluate("fetch('/logout', {method: 'POST', body: new URLSearchParams("
                    + "{_csrf: document.querySelector('input[name=_csrf]').value})})");
            page.locator("label[for=mark-" + learner + "-ABSENT]").click();
            assertThat(page.locator("#error-title")).hasText("Biểu mẫu đã cũ, chưa lưu gì");
        }
    }
}
