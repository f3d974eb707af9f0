package vn.bdhvs.campaign.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

@CampaignWebTest
class LoginTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldShowTheLoginPageInVietnamese() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập")))
                .andExpect(content().string(Matchers.containsString("Mật khẩu")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")));
    }

    @Test
    void shouldSendAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/geography")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void shouldLogInWithTheRightPasswordOnly() throws Exception {
        mvc.perform(formLogin().user("quantri").password(CampaignWebTest.DEMO_PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("quantri").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldSlowDownAClientAfterFiveFailuresWithoutLockingTheAccountForOthers() throws Exception {
        String username = TestAccounts.create(accounts, Role.ADMIN, null, null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(login(username, "wrong-" + attempt, "198.51.100.11")).andExpect(redirectedUrl("/login?error"));
        }
        // the guessing client now waits, even with the right password, and learns nothing about the account
        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.11")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login?throttled")).andExpect(content().string(Matchers.containsString("chờ vài phút")));
        // the administrator, at their own desk, logs in as usual: nothing was locked
        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.12")).andExpect(authenticated().withRoles("ADMIN"));
        assertThat(lockedUntil(username)).isNull();
    }

    @Test
    void shouldSlowDownAClientTryingManyAccounts() throws Exception {
        String username = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        for (int attempt = 1; attempt <= 20; attempt++) {
            mvc.perform(login("guess-" + attempt + "-" + username, "wrong", "198.51.100.21"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.21")).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.22")).andExpect(authenticated());
    }

    @Test
    void shouldRevealALockedOrDisabledAccountOnlyAfterTheRightPassword() throws Exception {
        String locked = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        jdbc.sql("update user_account set locked_until = now() + interval '10 minutes' where username = ?")
                .param(locked).update();
        mvc.perform(login(locked, "wrong", "198.51.100.31")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(locked, TestAccounts.PASSWORD, "198.51.100.31")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        String disabled = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        jdbc.sql("update user_account set enabled = false where username = ?").param(disabled).update();
        mvc.perform(login(disabled, "wrong", "198.51.100.31")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(disabled, TestAccounts.PASSWORD, "198.51.100.31")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?disabled"));
        // an unknown name gets the same answer as a wrong password
        mvc.perform(login("nobody-" + locked, "wrong", "198.51.100.31")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldLockAnAccountOnlyAfterFailuresFromManyClientsAndLetAnAdminUnlockIt() throws Exception {
        String username = TestAccounts.create(accounts, Role.PROVINCE_STAFF, "79", null);
        for (int client = 1; client <= 19; client++) {
            mvc.perform(login(username, "wrong", "203.0.113." + client)).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(lockedUntil(username)).isNull();
        // the twentieth failure in a row, from anywhere, locks it for 15 minutes, and that is audited
        mvc.perform(login(username, "wrong", "203.0.113.20")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from user_account where username = ?")
                .param(username).query(Boolean.class).single()).isTrue();
        long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOCKED' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(login(username, TestAccounts.PASSWORD, "203.0.113.21")).andExpect(redirectedUrl("/login?locked"));
        var admin = user(users.loadUserByUsername("quantri"));
        mvc.perform(get("/admin/users").with(admin))
                .andExpect(content().string(Matchers.containsString("unlock-" + username)));
        mvc.perform(post("/admin/users/{id}/unlock", id).with(admin).with(csrf())).andExpect(redirectedUrl("/admin/users"));
        assertThat(lockedUntil(username)).isNull();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'UNLOCK' and actor = 'quantri' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(login(username, TestAccounts.PASSWORD, "203.0.113.21"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void shouldResetTheFailureCountAfterASuccessfulLogin() throws Exception {
        String username = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(login(username, "wrong", "198.51.100.41")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.41")).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(login(username, "wrong", "198.51.100.41")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, TestAccounts.PASSWORD, "198.51.100.41")).andExpect(authenticated());
    }

    @Test
    void shouldRejectAPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "quantri").param("password", CampaignWebTest.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf().useInvalidToken()).param("username", "quantri")
                .param("password", CampaignWebTest.DEMO_PASSWORD)).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("quantri")
    void shouldRejectAnAdminFormPostWithoutCsrfToken() throws Exception {
        long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
        mvc.perform(post("/admin/users/new").param("username", "csrf-victim").param("displayName", "X")
                .param("role", "ADMIN").param("password", "long-enough-password")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldSayThatAFormWasOutOfDateWhenItsTokenIsRefused() throws Exception {
        HttpResponse<String> stale = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/communes/25747/learners/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("fullName=Nguy%E1%BB%85n+V%C4%83n+A&birthYear=1970"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(stale.body()).contains("Biểu mẫu đã cũ, chưa lưu gì").contains("phiên làm việc hết hạn")
                .doesNotContain("Bạn không có quyền xem trang này");
        // a page the user may not open still says so
        mvc.perform(get("/admin/users").with(user(users.loadUserByUsername("xa.thudaumot"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseADisabledAccount() throws Exception {
        String username = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        accounts.setEnabled(new vn.bdhvs.campaign.core.accounts.Actor("quantri", Role.ADMIN,
                vn.bdhvs.campaign.core.geography.UnitScope.nation()), id, false);
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void shouldLogOut() throws Exception {
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String clientAddress) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                });
    }

    private OffsetDateTime lockedUntil(String username) {
        return jdbc.sql("select locked_until from user_account where username = ?").param(username)
                .query(OffsetDateTime.class).optional().orElse(null);
    }
}
