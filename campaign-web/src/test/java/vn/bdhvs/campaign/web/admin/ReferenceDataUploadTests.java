package vn.bdhvs.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.bdhvs.campaign.core.geography.GeographyCounts;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ImportReport;
import vn.bdhvs.campaign.web.CampaignWebTest;

@CampaignWebTest
@WithUserDetails("quantri")
class ReferenceDataUploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GeographyService geography;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    @Test
    void shouldRejectAMalformedFileWithAClearMessageAndChangeNothing() throws Exception {
        GeographyCounts before = geography.counts();
        MockMultipartFile bad = new MockMultipartFile("file", "address.json", "application/json",
                "[{\"type\":\"table\",\"name\":\"provinces\",\"data\":[]}]".getBytes(StandardCharsets.UTF_8));
        assertThat(pageAfterUploading(bad)).contains("Tệp thiếu bảng &quot;wards&quot;.");
        MockMultipartFile notJson = new MockMultipartFile("file", "address.json", "application/json",
                "xin chào".getBytes(StandardCharsets.UTF_8));
        assertThat(pageAfterUploading(notJson)).contains("Tệp không phải JSON hợp lệ");
        assertThat(geography.counts()).isEqualTo(before);
    }

    @Test
    void shouldAskForAFileWhenNoneIsChosen() throws Exception {
        MockMultipartFile empty = new MockMultipartFile("file", "", "application/json", new byte[0]);
        mvc.perform(multipart("/admin/reference-data").file(empty).with(csrf()))
                .andExpect(content().string(Matchers.containsString("Vui lòng chọn tệp để tải lên.")));
    }

    @Test
    void shouldReimportTheSameFileWithoutChanges() throws Exception {
        MockMultipartFile same = new MockMultipartFile("file", "address.json", "application/json",
                Files.readAllBytes(referenceFile));
        ImportReport report = (ImportReport) mvc.perform(multipart("/admin/reference-data").file(same).with(csrf()))
                .andExpect(redirectedUrl("/admin/reference-data")).andExpect(flash().attributeExists("report"))
                .andReturn().getFlashMap().get("report");
        assertThat(report.changedRows()).isZero();
        assertThat(report.communes()).isEqualTo(3321);
        mvc.perform(get("/admin/reference-data")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("34 tỉnh/thành, 29 tỉnh cũ, 3.321 xã/phường/đặc khu, 10.977 dòng")));
    }

    /** Uploads the file and returns the page it leads back to, as the browser shows it. */
    private String pageAfterUploading(MockMultipartFile file) throws Exception {
        MvcResult upload = mvc.perform(multipart("/admin/reference-data").file(file).with(csrf()))
                .andExpect(redirectedUrl("/admin/reference-data")).andReturn();
        return mvc.perform(get("/admin/reference-data").flashAttrs(upload.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
