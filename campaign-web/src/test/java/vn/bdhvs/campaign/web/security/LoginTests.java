package vn.bdhvs.campaign.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

@CampaignWebTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

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
    void shouldLockTheAccountAfterFiveFailedLoginsEvenForTheRightPassword() throws Exception {
        String username = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-" + attempt)).andExpect(redirectedUrl("/login?error"));
        }
        // the fifth failure locks the account
        mvc.perform(formLogin().user(username).password("wrong-5")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from user_account where username = ?")
                .param(username).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/login?locked")).andExpect(content().string(Matchers.containsString("15 phút")));
    }

    @Test
    void shouldResetTheFailureCountAfterASuccessfulLogin() throws Exception {
        String username = TestAccounts.create(accounts, Role.MANAGER, "79", null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(TestAccounts.PASSWORD)).andExpect(authenticated());
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
}
