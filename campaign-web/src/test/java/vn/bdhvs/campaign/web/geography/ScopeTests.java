package vn.bdhvs.campaign.web.geography;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.web.CampaignWebTest;
import vn.bdhvs.campaign.web.TestAccounts;

/** A user never sees a unit outside their scope, not even with a guessed code in the URL. */
@CampaignWebTest
class ScopeTests {

    static final String SAI_GON = "26740";

    static final String BEN_THANH = "26743";

    static final String BA_DINH_HANOI = "00004";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldShowACommuneOfficialOnlyTheirOwnCommune() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, SAI_GON));
        mvc.perform(get("/geography/communes/" + SAI_GON).with(user(official))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Phường Sài Gòn")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/communes/" + SAI_GON + "/baselines"))));
        // a neighbouring ward of the same city, a ward elsewhere, the province and the national list
        mvc.perform(get("/geography/communes/" + BEN_THANH).with(user(official))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Phường Bến Thành"))));
        mvc.perform(get("/geography/communes/" + BA_DINH_HANOI).with(user(official))).andExpect(status().isNotFound());
        mvc.perform(get("/geography/provinces/79").with(user(official))).andExpect(status().isNotFound());
        mvc.perform(get("/geography").with(user(official))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Thành phố Hồ Chí Minh</a>"))));
    }

    @Test
    void shouldAnswerAGuessedCodeExactlyLikeAMissingOne() throws Exception {
        UserDetails official = users.loadUserByUsername(TestAccounts.create(accounts, Role.COMMUNE_OFFICIAL, null, SAI_GON));
        String guessed = mvc.perform(get("/geography/communes/" + BEN_THANH).with(user(official)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/geography/communes/99999").with(user(official)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(guessed).isEqualTo(missing);
    }

    @Test
    void shouldKeepProvinceStaffInsideTheirProvince() throws Exception {
        UserDetails staff = users.loadUserByUsername(TestAccounts.create(accounts, Role.PROVINCE_STAFF, "79", null));
        mvc.perform(get("/geography/provinces/79").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bình Dương")));
        mvc.perform(get("/geography/communes/" + BEN_THANH).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/communes/" + BEN_THANH + "/baselines")));
        mvc.perform(get("/geography/provinces/01").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/geography/communes/" + BA_DINH_HANOI).with(user(staff))).andExpect(status().isNotFound());
    }

    @Test
    void shouldKeepACommuneManagerInsideTheirCommune() throws Exception {
        UserDetails manager = users.loadUserByUsername(TestAccounts.create(accounts, Role.MANAGER, "79", SAI_GON));
        mvc.perform(get("/geography/communes/" + SAI_GON).with(user(manager))).andExpect(status().isOk());
        mvc.perform(get("/geography/communes/" + BEN_THANH).with(user(manager))).andExpect(status().isNotFound());
    }

    @Test
    void shouldForbidAdministrationToEveryoneButAdmins() throws Exception {
        for (Role role : new Role[] { Role.COMMUNE_OFFICIAL, Role.MANAGER, Role.PROVINCE_STAFF }) {
            UserDetails user = users.loadUserByUsername(TestAccounts.create(accounts, role, "79",
                    role == Role.PROVINCE_STAFF ? null : SAI_GON));
            // the Vietnamese 403 page itself is rendered by the servlet container: NavigationBrowserTests shows it
            mvc.perform(get("/admin/users").with(user(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/1/edit").with(user(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/1/disable").with(user(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/reference-data").with(user(user))).andExpect(status().isForbidden());
        }
    }
}
