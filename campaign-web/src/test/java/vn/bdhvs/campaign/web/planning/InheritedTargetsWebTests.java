package vn.bdhvs.campaign.web.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.web.CampaignWebTest;

/**
 * Hồ Chí Minh City's 2026 VNeID target comes from Bình Dương's plan (demo campaign): the city's
 * staff allocate it onto the wards formed from Bình Dương, and those wards, only those, then show it.
 */
@CampaignWebTest
@WithUserDetails("bcd.hcm")
class InheritedTargetsWebTests {

    static final int YEAR = 2026;

    @Autowired
    MockMvc mvc;

    @Autowired
    GeographyService geography;

    @Autowired
    BaselineService baselines;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldAllocateAFormerProvincesCountTargetOntoItsWardsAndShowItThere() throws Exception {
        ProvinceSummary hcm = geography.findProvince("79").orElseThrow();
        long binhDuong = geography.province(UnitScope.nation(), "79").formerProvinces().stream()
                .filter(p -> p.name().equals("Bình Dương")).findFirst().orElseThrow().id();
        long vneid = jdbc.sql("select id from indicator where code = 'VNEID_COUNT'").query(Long.class).single();
        long adults = jdbc.sql("select id from target_group where code = 'ADULTS'").query(Long.class).single();
        StringBuilder csv = new StringBuilder(String.join(",", BaselineService.CSV_HEADER)).append('\n');
        for (CommuneSummary ward : geography.province(UnitScope.nation(), "79").communes()) {
            csv.append(ward.code()).append(",ADULTS,").append(YEAR).append(',').append(10_000 + ward.id() % 7 * 1_000)
                    .append('\n');
        }
        baselines.importCsv(new Actor("bcd.hcm", Role.PROVINCE_STAFF, UnitScope.province(hcm.id())), hcm.id(),
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(page("/provinces/79/targets?year=" + YEAR))
                .contains("allocate-former-" + binhDuong + "-VNEID_COUNT-ADULTS");
        String thuDauMot = "/dashboard/communes/25747?year=" + YEAR + "&indicator=VNEID_COUNT&group=ADULTS";
        assertThat(page(thuDauMot)).contains("chưa được phân bổ");

        mvc.perform(post("/provinces/79/former/{id}/allocation/proportional", binhDuong).param("indicator",
                String.valueOf(vneid)).param("group", String.valueOf(adults)).param("year", String.valueOf(YEAR))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String allocation = page("/provinces/79/former/" + binhDuong + "/allocation?indicator=" + vneid + "&group="
                + adults + "&year=" + YEAR);
        assertThat(allocation).contains("Chỉ tiêu của tỉnh cũ Bình Dương").contains("Khớp chỉ tiêu tỉnh")
                .contains("1.600.000");

        long target = jdbc.sql("""
                select t.value::bigint from kpi_target t join commune c on c.id = t.commune_id
                where c.code = '25747' and t.indicator_id = ? and t.group_id = ? and t.year = ? and t.province_id = ?
                """).params(vneid, adults, YEAR, hcm.id()).query(Long.class).single();
        assertThat(target).isPositive();
        String ward = page(thuDauMot);
        assertThat(ward).doesNotContain("chưa được phân bổ")
                .contains(String.format(java.util.Locale.GERMANY, "%,d", target));
        // a ward of the old Hồ Chí Minh City gets no share of Bình Dương's target
        assertThat(page("/dashboard/communes/26743?year=" + YEAR + "&indicator=VNEID_COUNT&group=ADULTS"))
                .doesNotContain("chưa được phân bổ").contains("Chưa có chỉ tiêu");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
