package vn.bdhvs.campaign.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/** The report page, its downloads and history, and the heading settings, with their scoping. */
@CampaignWebTest
class ReportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void shouldShowTheReportAndDownloadItInEveryFormatKeepingEachFile() throws Exception {
        UserDetails manager = users.loadUserByUsername("quanly.hcm");
        String page = page(manager, "/reports");
        assertThat(page).contains("id=\"report-summary\"", "Thành phố Hồ Chí Minh (79)",
                "/reports/79.xlsx?year=" + LocalDate.now(clock).getYear() + "&amp;former=true");

        // the former provinces' targets count unless the box is unticked
        assertThat(page(manager, "/reports?unit=79&chosen=true")).contains("/reports/79.pdf?year="
                + LocalDate.now(clock).getYear() + "&amp;former=false");

        MockHttpServletResponse xlsx = download(manager, "/reports/79.xlsx");
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
        MockHttpServletResponse pdf = download(manager, "/reports/79.pdf");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        MockHttpServletResponse csv = download(manager, "/reports/79.csv?indicators=TRAINED_SHARE&groups=ELDERLY");
        assertThat(csv.getContentAsByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment", "bao-cao-tien-do-79-");
        String rows = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(rows).contains("TRAINED_SHARE", "ELDERLY").doesNotContain("ADULTS", "CLASSES_HELD");

        String history = page(manager, "/reports");
        String link = history.replaceAll("(?s).*?href=\"(/reports/files/\\d+)\".*", "$1");
        assertThat(link).startsWith("/reports/files/");
        MockHttpServletResponse again = download(manager, link);
        assertThat(again.getContentAsByteArray()).isEqualTo(csv.getContentAsByteArray());
    }

    @Test
    void shouldAnswerNotFoundForAnyUnitOutsideTheScopeInEveryFormat() throws Exception {
        UserDetails otherManager = users.loadUserByUsername(TestAccounts.create(accounts, Role.MANAGER, "01", null));
        for (String path : new String[] { "/reports/79.xlsx", "/reports/79.pdf", "/reports/79.csv",
            "/reports/25747.xlsx", "/reports/25747.pdf", "/reports/25747.csv", "/reports?unit=79",
            "/reports/settings/79" }) {
            mvc.perform(get(path).with(user(otherManager))).andExpect(status().isNotFound());
        }
        long kept = keptId(users.loadUserByUsername("quanly.hcm"));
        mvc.perform(get("/reports/files/{id}", kept).with(user(otherManager))).andExpect(status().isNotFound());

        UserDetails official = users.loadUserByUsername("xa.thudaumot");
        assertThat(download(official, "/reports/25747.csv").getContentAsByteArray()).isNotEmpty();
        for (String path : new String[] { "/reports/79.csv", "/reports/25750.pdf", "/reports/files/" + kept }) {
            mvc.perform(get(path).with(user(official))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/reports/7.pdf").with(user(official))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/25747.docx").with(user(official))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/25747.pdf?year=1900").with(user(official))).andExpect(status().isBadRequest());
    }

    @Test
    void shouldLetProvinceStaffSetTheHeadingAndManagersOnlyReadIt() throws Exception {
        UserDetails manager = users.loadUserByUsername("quanly.hcm");
        assertThat(page(manager, "/reports/settings/79")).contains("UBND THÀNH PHỐ HỒ CHÍ MINH")
                .doesNotContain("id=\"save-heading\"");
        mvc.perform(heading(post("/reports/settings/79"), "Nguyễn Văn Ký", "0").with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());

        UserDetails staff = users.loadUserByUsername("bcd.hcm");
        MvcResult blank = mvc.perform(heading(post("/reports/settings/79"), "Nguyễn Văn Ký", "0", "")
                .with(user(staff)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String refused = HtmlUtils.htmlUnescape(mvc.perform(get("/reports/settings/79").with(user(staff))
                .flashAttrs(blank.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).contains("Các ô (trừ họ tên người ký) không được để trống.");

        String version = page(staff, "/reports/settings/79").replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*",
                "$1");
        mvc.perform(heading(post("/reports/settings/79"), "Nguyễn Văn Ký", version).with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(manager, "/reports/settings/79")).contains("Nguyễn Văn Ký");
    }

    @Test
    void shouldPrintWithoutNavigationAndWithoutCuttingRows() throws Exception {
        String css = mvc.perform(get("/css/app.css")).andReturn().getResponse().getContentAsString();
        assertThat(css).contains("@media print", "break-inside: avoid", "thead { display: table-header-group; }");
        String page = page(users.loadUserByUsername("quanly.hcm"), "/reports");
        assertThat(page).contains("navbar navbar-expand-lg navbar-dark bg-primary d-print-none",
                "card card-body mb-4 d-print-none\" id=\"report-form\"");
    }

    private MockHttpServletRequestBuilder heading(MockHttpServletRequestBuilder request, String signer,
            String version) {
        return heading(request, signer, version, "Thành phố Hồ Chí Minh");
    }

    private MockHttpServletRequestBuilder heading(MockHttpServletRequestBuilder request, String signer,
            String version, String place) {
        return request.param("parentBody", "UBND THÀNH PHỐ HỒ CHÍ MINH").param("issuingBody", "BAN CHỈ ĐẠO")
                .param("numberSuffix", "BC-BCĐ").param("place", place)
                .param("signerAuthority", "TM. BAN CHỈ ĐẠO").param("signerTitle", "TRƯỞNG BAN")
                .param("signerName", signer).param("recipients", "- Như trên;\n- Lưu: VT.").param("version", version);
    }

    private long keptId(UserDetails manager) throws Exception {
        download(manager, "/reports/79.csv");
        String history = page(manager, "/reports");
        return Long.parseLong(history.replaceAll("(?s).*?href=\"/reports/files/(\\d+)\".*", "$1"));
    }

    private MockHttpServletResponse download(UserDetails user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private String page(UserDetails user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
