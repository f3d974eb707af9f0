package vn.bdhvs.campaign.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import vn.bdhvs.campaign.core.common.NotFoundException;

/** The service itself refuses units outside the scope, whatever the web layer does. */
@SpringBootTest
class GeographyServiceTests {

    @Autowired
    GeographyService geography;

    @Autowired
    ReferenceDataImporter importer;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    CommuneSummary saiGon;

    CommuneSummary benThanh;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
        saiGon = geography.findCommune("26740").orElseThrow();
        benThanh = geography.findCommune("26743").orElseThrow();
    }

    @Test
    void shouldGiveACommuneScopeItsOwnCommuneOnly() {
        UnitScope scope = UnitScope.commune(saiGon.provinceId(), saiGon.id());
        assertThat(geography.commune(scope, "26740").commune().name()).isEqualTo("Phường Sài Gòn");
        assertThatThrownBy(() -> geography.commune(scope, "26743")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> geography.province(scope, "79")).isInstanceOf(NotFoundException.class);
        assertThat(geography.currentProvinces(scope)).isEmpty();
    }

    @Test
    void shouldGiveAProvinceScopeItsProvinceAndFormerProvinces() {
        UnitScope scope = UnitScope.province(saiGon.provinceId());
        assertThat(geography.commune(scope, "26743").commune().name()).isEqualTo(benThanh.name());
        assertThat(geography.currentProvinces(scope)).extracting(ProvinceSummary::code).containsExactly("79");
        assertThat(geography.province(scope, "79").formerProvinces()).hasSize(2);
        assertThatThrownBy(() -> geography.province(scope, "01")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> geography.commune(scope, "00004")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldListTheFormerUnitsOfACommune() {
        CommuneDetail yenLac = geography.commune(UnitScope.nation(), "09025");
        assertThat(yenLac.formerUnits()).extracting(FormerUnit::oldName).contains("Xã Đồng Cương");
        assertThat(yenLac.formerUnits()).allSatisfy(u -> assertThat(u.oldProvince()).isEqualTo("Tỉnh Vĩnh Phúc"));
    }
}
