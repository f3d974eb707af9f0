package vn.bdhvs.campaign.web.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetCell;
import vn.bdhvs.campaign.core.planning.TargetCellInput;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.planning.TargetService;
import vn.bdhvs.campaign.web.CampaignWebTest;

/** Planning pages speak the reader's language: names instead of codes and usernames, buttons that say what they save. */
@CampaignWebTest
@WithUserDetails("quantri")
class PlanningWordingWebTests {

    /** A province and year no other test plans for. */
    static final String CA_MAU = "96";

    static final int YEAR = 2031;

    @Autowired
    MockMvc mvc;

    @Autowired
    TargetService targets;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    GeographyService geography;

    @Test
    void shouldShowTargetHistoryWithIndicatorGroupAndActorNames() throws Exception {
        long caMau = geography.findProvince(CA_MAU).orElseThrow().id();
        Indicator trained = catalog.indicators().stream().filter(i -> i.code().equals("TRAINED_SHARE")).findFirst()
                .orElseThrow();
        TargetGroup publicSector = catalog.groups().stream().filter(g -> g.code().equals("PUBLIC_SECTOR")).findFirst()
                .orElseThrow();
        // the demo data's system actor writes first, then the administrator corrects the value
        save(new Actor("demo", Role.ADMIN, UnitScope.nation()), caMau, trained, publicSector, "70");
        save(new Actor("quantri", Role.ADMIN, UnitScope.nation()), caMau, trained, publicSector, "75");
        long id = targets.grid(new Actor("quantri", Role.ADMIN, UnitScope.nation()), caMau, YEAR)
                .cell(trained, publicSector).id();

        String vi = mvc.perform(get("/planning/targets/{id}/history", id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(vi).contains("Tỷ lệ được phổ cập kiến thức, kỹ năng số – "
                + "Cán bộ, công chức, viên chức và người lao động khu vực công, năm 2031")
                .contains("<td class=\"history-actor\">Hệ thống (dữ liệu minh họa)</td>")
                .contains("<td class=\"history-actor\">Quản trị hệ thống (demo)</td>")
                .doesNotContain("TRAINED_SHARE").doesNotContain("PUBLIC_SECTOR").doesNotContain(">demo<");
        String en = mvc.perform(get("/planning/targets/{id}/history", id).param("lang", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(en).contains(trained.name("en") + " – " + publicSector.name("en") + ", year 2031")
                .contains("<td class=\"history-actor\">System (demo data)</td>");
    }

    @Test
    void shouldNameTheBaselinesSaveButtonAfterBaselines() throws Exception {
        assertThat(mvc.perform(get("/provinces/{code}/baselines", CA_MAU)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString())
                .containsPattern("id=\"save-baselines\"[^>]*>Lưu dân số nền</button>").doesNotContain(">Lưu chỉ tiêu<");
        assertThat(mvc.perform(get("/provinces/{code}/baselines", CA_MAU).param("lang", "en")).andReturn()
                .getResponse().getContentAsString()).containsPattern("id=\"save-baselines\"[^>]*>Save baselines</button>");
    }

    private void save(Actor actor, long provinceId, Indicator indicator, TargetGroup group, String value) {
        TargetCell current = targets.grid(actor, provinceId, YEAR).cell(indicator, group);
        assertThat(targets.save(actor, provinceId, YEAR, List.of(new TargetCellInput(indicator.id(), group.id(), value,
                current == null ? null : current.version())), true).success()).isTrue();
    }
}
