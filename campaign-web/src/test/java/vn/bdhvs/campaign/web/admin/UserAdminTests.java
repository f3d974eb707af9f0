package vn.bdhvs.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.web.CampaignWebTest;

@CampaignWebTest
@WithUserDetails("quantri")
class UserAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void shouldShowEveryFieldErrorInVietnameseAndSaveNothing() throws Exception {
        long before = userCount();
        mvc.perform(post("/admin/users/new").with(csrf()).param("username", "a b").param("displayName", "")
                .param("role", "").param("password", "short")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập gồm 3–60 ký tự")))
                .andExpect(content().string(Matchers.containsString("Vui lòng nhập họ tên hoặc tên đơn vị.")))
                .andExpect(content().string(Matchers.containsString("Vui lòng chọn vai trò.")))
                .andExpect(content().string(Matchers.containsString("Mật khẩu phải có từ 10 đến 100 ký tự.")));
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void shouldExplainAScopeThatDoesNotFitTheRole() throws Exception {
        mvc.perform(createUser("xa-thieu-ma", "COMMUNE_OFFICIAL", "79", "")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cán bộ xã cần mã xã/phường.")));
        mvc.perform(createUser("xa-sai-tinh", "COMMUNE_OFFICIAL", "01", "26740")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xã/phường &quot;26740&quot; không thuộc tỉnh/thành &quot;01&quot;.")));
        mvc.perform(createUser("tinh-thieu", "PROVINCE_STAFF", "", "")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vai trò này cần chọn tỉnh/thành.")));
        mvc.perform(createUser("quantri", "ADMIN", "", "")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập &quot;quantri&quot; đã có người dùng.")));
        assertThat(jdbc.sql("select count(*) from user_account where username in ('xa-thieu-ma','xa-sai-tinh','tinh-thieu')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldCreateRescopeAndDisableAnAccount() throws Exception {
        mvc.perform(createUser("canbo.benthanh", "MANAGER", "79", "")).andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("success", "user.created"));
        long id = jdbc.sql("select id from user_account where username = 'canbo.benthanh'").query(Long.class).single();
        mvc.perform(formLogin().user("canbo.benthanh").password("mat-khau-du-dai")).andExpect(authenticated());

        mvc.perform(post("/admin/users/{id}/edit", id).with(csrf()).param("displayName", "Cán bộ phường Bến Thành")
                .param("role", "COMMUNE_OFFICIAL").param("provinceCode", "79").param("communeCode", "26743")
                .param("version", "0")).andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.sql("select c.name from user_account u join commune c on c.id = u.commune_id where u.id = ?")
                .param(id).query(String.class).single()).isEqualTo("Phường Bến Thành");
        assertThat(audit.history("user_account", id)).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("quantri");
            assertThat(entry.before()).containsEntry("role", "MANAGER");
            assertThat(entry.after()).containsEntry("role", "COMMUNE_OFFICIAL");
        });

        mvc.perform(post("/admin/users/{id}/disable", id).with(csrf())).andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user("canbo.benthanh").password("mat-khau-du-dai"))
                .andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(get("/admin/users")).andExpect(content().string(Matchers.containsString("Đã vô hiệu hoá")));
    }

    @Test
    void shouldRefuseAnEditMadeOnAStaleVersion() throws Exception {
        mvc.perform(createUser("canbo.stale", "MANAGER", "79", "")).andExpect(redirectedUrl("/admin/users"));
        long id = jdbc.sql("select id from user_account where username = 'canbo.stale'").query(Long.class).single();
        mvc.perform(post("/admin/users/{id}/edit", id).with(csrf()).param("displayName", "Lần một")
                .param("role", "MANAGER").param("provinceCode", "79").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(post("/admin/users/{id}/edit", id).with(csrf()).param("displayName", "Lần hai")
                .param("role", "MANAGER").param("provinceCode", "01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người khác vừa thay đổi dữ liệu này")));
        assertThat(jdbc.sql("select display_name from user_account where id = ?").param(id).query(String.class).single())
                .isEqualTo("Lần một");
    }

    private org.springframework.test.web.servlet.RequestBuilder createUser(String username, String role,
            String province, String commune) {
        return post("/admin/users/new").with(csrf()).param("username", username).param("displayName", "Cán bộ thử")
                .param("role", role).param("provinceCode", province).param("communeCode", commune)
                .param("password", "mat-khau-du-dai");
    }

    private long userCount() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }
}
