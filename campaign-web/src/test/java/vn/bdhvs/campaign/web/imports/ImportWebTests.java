package vn.bdhvs.campaign.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.imports.ImportJobStatus;
import vn.bdhvs.campaign.core.imports.ImportJobs;
import vn.bdhvs.campaign.core.imports.SheetFile;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;
import vn.bdhvs.campaign.web.security.CampaignUser;

/** The import pages: what a careless or hostile user sends, and what another scope gets to see. */
@CampaignWebTest
class ImportWebTests {

    static final String HEADER = "Họ và tên,Năm sinh,Giới tính,Nhóm đối tượng\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ImportJobs jobs;

    @Test
    void shouldSayWhyAFileCannotBeReadAndKeepNothing() throws Exception {
        UserDetails official = official("25750");
        assertThat(uploadRefused(official, (HEADER + "Nguyễn Thị Lan,1980,Nữ,ADULTS\n")
                .getBytes(Charset.forName("windows-1258")))).contains("Tệp không phải văn bản UTF-8");
        assertThat(uploadRefused(official, HEADER.getBytes(StandardCharsets.UTF_8)))
                .contains("Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào.");
        assertThat(uploadRefused(official, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 })).contains("Tệp Excel 97-2003 (.xls) không được hỗ trợ");
        assertThat(uploadRefused(official, new byte[0])).contains("Tệp «tep.csv» trống (0 byte).");
        assertThat(jobs.history(((CampaignUser) official).actor())).extracting(job -> job.username())
                .doesNotContain(official.getUsername());
    }

    @Test
    void shouldNeverLetAManagerImportNorShowThemTheMenu() throws Exception {
        UserDetails manager = users.loadUserByUsername(TestAccounts.create(accounts, Role.MANAGER, "79", null));
        mvc.perform(get("/imports").with(user(manager))).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports").file(file(HEADER + "A,1980,Nam,ADULTS\n")).param("kind", "LEARNERS")
                .with(user(manager)).with(csrf())).andExpect(status().isForbidden());
        String home = mvc.perform(get("/").with(user(manager))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).doesNotContain("nav-imports");
    }

    @Test
    void shouldHideAJobFromOtherScopesAsIfItDidNotExist() throws Exception {
        UserDetails official = official("25750");
        long id = upload(official, HEADER + "Người Riêng,1980,Nam,ADULTS\n");
        UserDetails neighbour = official("25747");
        UserDetails otherProvince = users.loadUserByUsername(
                TestAccounts.create(accounts, Role.PROVINCE_STAFF, "01", null));
        for (UserDetails intruder : new UserDetails[] { neighbour, otherProvince }) {
            mvc.perform(get("/imports/{id}", id).with(user(intruder))).andExpect(status().isNotFound());
            mvc.perform(get("/imports/{id}/errors.xlsx", id).with(user(intruder))).andExpect(status().isNotFound());
            mvc.perform(post("/imports/{id}/commit", id).param("version", "0").with(user(intruder)).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(page(intruder, "/imports")).doesNotContain("/imports/" + id + "\"");
        }
        UserDetails staff = users.loadUserByUsername(TestAccounts.create(accounts, Role.PROVINCE_STAFF, "79", null));
        assertThat(HtmlUtils.htmlUnescape(page(staff, "/imports/" + id))).contains("hoc-vien.csv", "Kiểm tra thử");
    }

    @Test
    void shouldRefuseToImportAFileWithErrorsUnlessOnlyTheValidRowsAreChosen() throws Exception {
        UserDetails official = official("25750");
        String name = "Người Chọn " + ThreadLocalRandom.current().nextInt(1_000_000);
        long id = upload(official, HEADER + name + ",1980,Nam,ADULTS\n" + name + " Hai,1880,Nam,ADULTS\n");
        mvc.perform(post("/imports/{id}/check", id).param("version", "0").param("column.fullName", "0")
                .param("column.birthYear", "1").param("column.gender", "2").param("column.group", "3")
                .with(user(official)).with(csrf())).andExpect(status().is3xxRedirection());
        var actor = ((CampaignUser) official).actor();
        var checked = await().atMost(Duration.ofSeconds(30)).until(() -> jobs.job(actor, id),
                job -> job.status() == ImportJobStatus.CHECKED);
        MvcResult refused = mvc.perform(post("/imports/{id}/commit", id).param("version",
                String.valueOf(checked.version())).with(user(official)).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/imports/" + id);
        String shown = mvc.perform(get("/imports/{id}", id).with(user(official)).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(shown)).contains("Tệp có 1 dòng lỗi. Hãy sửa và tải lên lại, hoặc đánh dấu");
        assertThat(jobs.job(actor, id).status()).isEqualTo(ImportJobStatus.CHECKED);
    }

    @Test
    void shouldOfferTheTemplateAsAWorkbookNamedInVietnameseTerms() throws Exception {
        mvc.perform(get("/imports/templates/LEARNERS.xlsx").with(user(official("25750"))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", SheetFile.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("mau-nhap-nguoi-hoc.xlsx")));
    }

    private UserDetails official(String commune) {
        return users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, commune));
    }

    private long upload(UserDetails user, String csv) throws Exception {
        String location = mvc.perform(multipart("/imports").file(file(csv)).param("kind", "LEARNERS")
                .with(user(user)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        return Long.parseLong(location.substring("/imports/".length()));
    }

    /** Uploads the content and returns the page the user is sent back to, unescaped. */
    private String uploadRefused(UserDetails user, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "tep.csv", "text/csv",
                content)).param("kind", "LEARNERS").with(user(user)).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/imports");
        return HtmlUtils.htmlUnescape(mvc.perform(get("/imports").with(user(user)).flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(UserDetails user, String path) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "hoc-vien.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
