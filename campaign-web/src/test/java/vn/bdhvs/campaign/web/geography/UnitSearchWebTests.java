package vn.bdhvs.campaign.web.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/** /geography?q= finds current and former units, typed loosely, and shows what they became, within the scope. */
@CampaignWebTest
class UnitSearchWebTests {

    static final String FORMER_DONG_CUONG = "Xã Đồng Cương (huyện Yên Lạc, tỉnh Vĩnh Phúc cũ) → nay là Xã Yên Lạc, tỉnh Phú Thọ";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldFindAFormerCommuneHoweverItIsTypedAndLinkTheCommuneItBecame() throws Exception {
        UserDetails admin = users.loadUserByUsername("quantri");
        for (String query : new String[] { "dong cuong", "Xã Đồng Cương", "Đồng Cương" }) {
            String html = page(admin, "/geography?q=" + query);
            assertThat(text(html)).as(query).contains(FORMER_DONG_CUONG);
            assertThat(html).contains("<a href=\"/geography/communes/09025\">Xã Yên Lạc, tỉnh Phú Thọ</a>");
        }
        assertThat(text(page(admin, "/geography?q=dong cuong"))).contains("Tìm thấy 5 đơn vị khớp với “dong cuong”.");
    }

    @Test
    void shouldFindFormerProvincesAndTheirSuccessor() throws Exception {
        UserDetails admin = users.loadUserByUsername("quantri");
        String vinhPhuc = page(admin, "/geography?q=vinh phuc");
        assertThat(text(vinhPhuc)).contains("Vĩnh Phúc (tỉnh, thành phố cũ) → nay là Phú Thọ");
        assertThat(vinhPhuc).contains("<a href=\"/geography/provinces/25\">Phú Thọ</a>");
        assertThat(text(page(admin, "/geography?q=binh duong")))
                .contains("Bình Dương (tỉnh, thành phố cũ) → nay là Thành phố Hồ Chí Minh")
                .contains("Xã, phường Phường Bình Dương, thành phố Hồ Chí Minh");
    }

    @Test
    void shouldPageALongResultListWithoutJavaScript() throws Exception {
        UserDetails admin = users.loadUserByUsername("quantri");
        String first = page(admin, "/geography?q=phuong 1");
        assertThat(text(first)).contains("Tìm thấy 111 đơn vị").contains("Trang 1/6");
        assertThat(first).contains("href=\"/geography?q=phuong%201&amp;page=1\"");
        assertThat(text(page(admin, "/geography?q=phuong 1&page=5"))).contains("Trang 6/6");
        assertThat(text(page(admin, "/geography?q=x"))).contains("Nhập ít nhất 2 ký tự để tìm.");
        assertThat(text(page(admin, "/geography?q=khong co dau"))).contains("Không tìm thấy đơn vị nào khớp");
    }

    @Test
    void shouldSearchOnlyWithinTheCallersScope() throws Exception {
        UserDetails staff = users.loadUserByUsername(TestAccounts.create(accounts, Role.PROVINCE_STAFF, "79", null));
        assertThat(text(page(staff, "/geography?q=binh duong"))).contains("Bình Dương (tỉnh, thành phố cũ)")
                .doesNotContain("Xã Bình Dương, tỉnh Gia Lai");
        assertThat(text(page(staff, "/geography?q=dong cuong"))).contains("Không tìm thấy đơn vị nào khớp")
                .doesNotContain("Yên Lạc");
        assertThat(page(staff, "/geography?q=phu tho")).doesNotContain("/geography/provinces/25");
        // the province page offers the same search
        assertThat(page(staff, "/geography/provinces/79")).contains("action=\"/geography\"").contains("id=\"unit-q\"");

        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, "26740"));
        assertThat(text(page(official, "/geography?q=sai gon"))).contains("Phường Sài Gòn, thành phố Hồ Chí Minh");
        assertThat(page(official, "/geography?q=ho chi minh")).doesNotContain("/geography/provinces/79");
        assertThat(text(page(official, "/geography?q=ben thanh"))).doesNotContain("Phường Bến Thành");
    }

    @Test
    void shouldSuggestCurrentCommunesForThePickerSayingWhatTheyWereCalled() throws Exception {
        UserDetails admin = users.loadUserByUsername("quantri");
        String suggestions = page(admin, "/geography/communes/search?q=dong cuong");
        assertThat(suggestions).contains("data-commune-code=\"09025\"")
                .contains("data-commune-chosen=\"Đã chọn: Xã Yên Lạc, tỉnh Phú Thọ (mã 09025)\"")
                .doesNotContain("<html");
        assertThat(text(suggestions)).contains("Xã Yên Lạc, tỉnh Phú Thọ (09025) (trước đây: Xã Đồng Cương (huyện Yên Lạc, tỉnh Vĩnh Phúc))");
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, "26740"));
        assertThat(text(page(official, "/geography/communes/search?q=dong cuong"))).isEqualTo("Không có xã, phường nào khớp.");
    }

    private String page(UserDetails who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** What a reader sees: the text without tags, one space between words. */
    static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                .replace("&quot;", "\"").replaceAll("\\s+", " ").replaceAll(" ([,.;)])", "$1").replace("( ", "(")
                .strip();
    }
}
