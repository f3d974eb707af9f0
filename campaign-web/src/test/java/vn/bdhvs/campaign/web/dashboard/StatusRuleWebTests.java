package vn.bdhvs.campaign.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bdhvs.campaign.web.dashboard.DashboardPages.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The same missing figure reads the same on the province card, in the ranking and on the commune's
 * page, with the reason beside it. Demo campaign: Bình Dương's 2026 plan (100% of public-sector
 * staff) with Bình Dương's baseline, and no ward baselines for that group.
 */
@CampaignWebTest
@WithUserDetails("bcd.hcm")
class StatusRuleWebTests {

    static final String FOCUS = "year=2026&indicator=TRAINED_SHARE&group=PUBLIC_SECTOR";

    @Autowired
    MockMvc mvc;

    @Test
    void shouldGiveOneStatusWithItsReasonOnEveryPage() throws Exception {
        String withFormer = read(mvc, "/dashboard/provinces/79?former=true&" + FOCUS, "thu dau mot");
        // the city is measured over Bình Dương's wards, against Bình Dương's baseline: a known status
        assertThat(focus(withFormer)).contains("Chỉ tiêu của tỉnh cũ Bình Dương, tính trên")
                .doesNotContain("Chưa xác định").doesNotContain("Chưa có chỉ tiêu");
        // Thủ Dầu Một has Bình Dương's target but no baseline of its own: unknown, and why
        assertThat(row(withFormer, "25747")).contains("Chưa xác định")
                .contains("xã, phường chưa có dân số nền của nhóm này");
        assertThat(focus(read(mvc, "/dashboard/communes/25747?" + FOCUS))).contains("Chưa xác định")
                .contains("xã, phường chưa có dân số nền của nhóm này");
        // a ward of the old city has no target from Bình Dương at all
        assertThat(row(read(mvc, "/dashboard/provinces/79?former=true&" + FOCUS, "ben thanh"), "26743"))
                .contains("Chưa có chỉ tiêu");
        // without former provinces the city has no target of its own: "no target", not "unknown"
        assertThat(focus(read(mvc, "/dashboard/provinces/79?former=false&" + FOCUS))).contains("Chưa có chỉ tiêu")
                .doesNotContain("Chưa xác định");
    }

    @Test
    void shouldWriteNumbersTheWayTheReadersLanguageDoes() throws Exception {
        String vneid = "/dashboard/provinces/79?former=true&year=2026&indicator=VNEID_COUNT&group=ADULTS";
        assertThat(focus(read(mvc, vneid + "&lang=vi"))).contains("1.600.000");
        assertThat(focus(read(mvc, vneid + "&lang=en"))).contains("1,600,000").doesNotContain("1.600.000");
    }

    private static String focus(String page) {
        return section(page, "<p id=\"focus-summary\">", "<canvas");
    }

    private static String row(String page, String communeCode) {
        return section(page, "<tr id=\"rank-" + communeCode + "\"", "</tr>");
    }

    private static String section(String page, String start, String end) {
        Matcher matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as(start).isTrue();
        return matcher.group(1);
    }
}
