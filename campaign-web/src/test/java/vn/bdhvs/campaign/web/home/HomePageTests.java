package vn.bdhvs.campaign.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.web.CampaignWebTest;

/** The home page tells each role what the platform does for it today, with a link to each part. */
@CampaignWebTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldDescribeWhatEachRoleCanUseNow() throws Exception {
        assertThat(home("quantri")).contains("Bạn quản trị toàn quốc")
                .containsPattern("href=\"/admin/users\"[^>]*>\\s*<span[^>]*>Tài khoản</span>\\s*<small[^>]*>Tạo, sửa")
                .contains("tìm đơn vị theo tên hiện nay hoặc tên trước 01/7/2025");
        assertThat(home("bcd.hcm")).contains("Bạn điều hành tỉnh, thành phố của mình")
                .containsPattern("href=\"/planning\"[^>]*>\\s*<span[^>]*>Kế hoạch &amp; chỉ tiêu</span>\\s*<small[^>]*>Chỉ tiêu theo năm");
        assertThat(home("quanly.hcm")).contains("Vai trò này chỉ xem, không sửa dữ liệu.");
        assertThat(home("xa.thudaumot")).contains("Bạn nhập liệu cho xã, phường của mình")
                .containsPattern("href=\"/communes/25747/classes\"[^>]*>\\s*<span[^>]*>Lớp học</span>\\s*<small[^>]*>Mở lớp");
        for (String username : new String[] { "quantri", "bcd.hcm", "quanly.hcm", "xa.thudaumot" }) {
            assertThat(home(username)).doesNotContain("sẽ được bổ sung").doesNotContain("??");
        }
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
