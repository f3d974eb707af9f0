package vn.bdhvs.campaign.web.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/**
 * A huge or thoroughly broken baselines file gets a short answer quickly: the review's 600,000-line
 * file took 80 s and returned an 87.5 MB page listing every error.
 */
@CampaignWebTest
class BaselineCsvLimitTests {

    static final String PROVINCE = "92";

    static final int PAGE_LIMIT = 200 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldRefuseAFileAboveTheRowLimitWithoutReadingItAll() throws Exception {
        long started = System.nanoTime();
        MockHttpServletResponse page = upload(invalidRows(600_000));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsByteArray().length).isLessThan(PAGE_LIMIT);
        assertThat(page.getContentAsString()).contains("Tệp chưa được nhập vì có lỗi; không dòng nào được lưu.",
                "Dòng 100002: Tệp có hơn 100.000 dòng số liệu, quá giới hạn của một lần nhập");
        // generous for a shared machine; the unbounded import took 80 s
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertSavedNothing();
    }

    @Test
    void shouldListTheFirstHundredErrorsAndCountThemAll() throws Exception {
        MockHttpServletResponse page = upload(invalidRows(99_000));
        String html = page.getContentAsString();
        assertThat(page.getContentAsByteArray().length).isLessThan(PAGE_LIMIT);
        assertThat(html).contains("Hiển thị 100 lỗi đầu tiên trong tổng số 99.000 lỗi.",
                "Dòng 2: &quot;x2&quot; không phải là số.", "Dòng 101: &quot;x101&quot; không phải là số.")
                .doesNotContain("Dòng 102:");
        assertSavedNothing();
    }

    private MockHttpServletResponse upload(byte[] csv) throws Exception {
        UserDetails staff = users.loadUserByUsername(TestAccounts.create(accounts, Role.PROVINCE_STAFF, PROVINCE, null));
        return mvc.perform(multipart("/provinces/{code}/baselines/csv", PROVINCE)
                .file(new MockMultipartFile("file", "dan-so.csv", "text/csv", csv)).param("year", "2025")
                .with(csrf()).with(user(staff))).andReturn().getResponse();
    }

    /** Lines whose head count is not a number, each line naming its own line number. */
    private static byte[] invalidRows(int rows) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream(rows * 24);
        csv.writeBytes("ma_don_vi,ma_nhom,nam,so_nguoi\n".getBytes(StandardCharsets.UTF_8));
        for (int line = 2; line < rows + 2; line++) {
            csv.writeBytes((PROVINCE + ",ADULTS,2025,x" + line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return csv.toByteArray();
    }

    private void assertSavedNothing() {
        assertThat(jdbc.sql("select count(*) from population_baseline where province_id = ?").param(provinceId())
                .query(Long.class).single()).isZero();
    }

    private long provinceId() {
        return jdbc.sql("select id from province where code = ?").param(PROVINCE).query(Long.class).single();
    }
}
