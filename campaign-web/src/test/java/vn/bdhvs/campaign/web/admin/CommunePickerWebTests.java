package vn.bdhvs.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * The account forms' commune field takes a name, current or pre-2025, as well as a code, and works
 * without JavaScript: a unique match is saved, several are listed on the field, nothing is guessed.
 */
@CampaignWebTest
@WithUserDetails("quantri")
class CommunePickerWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldSaveTheCommuneAFormerNameBecame() throws Exception {
        mvc.perform(create("picker.dongcuong", "", "Xã Đồng Cương")).andExpect(redirectedUrl("/admin/users"));
        assertThat(communeOf("picker.dongcuong")).isEqualTo("Xã Yên Lạc");
        // typed without marks, the province chosen tells the look-alikes apart
        mvc.perform(create("picker.khongdau", "25", "dong cuong")).andExpect(redirectedUrl("/admin/users"));
        assertThat(communeOf("picker.khongdau")).isEqualTo("Xã Yên Lạc");
        // a pre-2025 code works as well as the current one
        mvc.perform(create("picker.macu", "", "09028")).andExpect(redirectedUrl("/admin/users"));
        assertThat(communeOf("picker.macu")).isEqualTo("Xã Yên Lạc");
    }

    @Test
    void shouldListLookAlikesOnTheFieldAndSaveNothing() throws Exception {
        String html = mvc.perform(create("picker.mohe", "", "dong cuong")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("xã, phường khớp với “dong cuong”:").contains("Xã Yên Lạc, tỉnh Phú Thọ (09025)")
                .contains("Xã Đông Cuông, tỉnh Lào Cai (04399)").contains("class=\"invalid-feedback\"")
                .contains("value=\"dong cuong\"");
        mvc.perform(create("picker.khongco", "", "Xã Không Có Thật")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Không tìm thấy xã, phường “Xã Không Có Thật”, kể cả theo tên trước 01/7/2025."));
        mvc.perform(create("picker.saitinh", "79", "Xã Đồng Cương")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Không tìm thấy xã, phường “Xã Đồng Cương” thuộc Thành phố Hồ Chí Minh"));
        assertThat(jdbc.sql("select count(*) from user_account where username like 'picker.%' and username in "
                + "('picker.mohe', 'picker.khongco', 'picker.saitinh')").query(Long.class).single()).isZero();
    }

    @Test
    void shouldShowTheChosenCommuneByNameOnTheEditForm() throws Exception {
        mvc.perform(create("picker.sua", "", "09025")).andExpect(redirectedUrl("/admin/users"));
        long id = jdbc.sql("select id from user_account where username = 'picker.sua'").query(Long.class).single();
        assertThat(mvc.perform(get("/admin/users/{id}/edit", id)).andReturn().getResponse().getContentAsString())
                .contains("Đã chọn: Xã Yên Lạc, tỉnh Phú Thọ (mã 09025)").contains("hx-get=\"/geography/communes/search\"");
        mvc.perform(post("/admin/users/{id}/edit", id).with(csrf()).param("displayName", "Cán bộ phường Sài Gòn")
                .param("role", "COMMUNE_OFFICIAL").param("provinceCode", "").param("communeCode", "phuong sai gon")
                .param("version", "0")).andExpect(redirectedUrl("/admin/users"));
        assertThat(communeOf("picker.sua")).isEqualTo("Phường Sài Gòn");
    }

    private RequestBuilder create(String username, String province, String commune) {
        return post("/admin/users/new").with(csrf()).param("username", username).param("displayName", "Cán bộ xã thử")
                .param("role", "COMMUNE_OFFICIAL").param("provinceCode", province).param("communeCode", commune)
                .param("password", "mat-khau-du-dai");
    }

    private String communeOf(String username) {
        return jdbc.sql("select c.name from user_account u join commune c on c.id = u.commune_id where u.username = ?")
                .param(username).query(String.class).single();
    }
}
