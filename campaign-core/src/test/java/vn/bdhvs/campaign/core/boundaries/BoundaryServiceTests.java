package vn.bdhvs.campaign.core.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;

@SpringBootTest
class BoundaryServiceTests {

    static final Actor ADMIN = new Actor("quantri", Role.ADMIN, UnitScope.nation());

    @Autowired
    BoundaryService boundaries;

    @Autowired
    GeographyService geography;

    @Autowired
    ReferenceDataImporter importer;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    List<CommuneSummary> communes;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
        communes = geography.province(UnitScope.nation(), "12").communes();
    }

    @Test
    void shouldKeepOnlyGeometryAndCodeOfAValidFile() {
        String file = collection(feature(communes.get(0).code(), "\"name\":\"<script>alert(1)</script>\""),
                feature(communes.get(1).code(), ""));
        assertThat(boundaries.upload(ADMIN, "12", bytes(file))).isEqualTo(2);
        String stored = boundaries.boundaries(communes.get(0).provinceId()).orElseThrow();
        assertThat(stored).contains(communes.get(0).code()).contains("Polygon").doesNotContain("script");
    }

    @Test
    void shouldRejectWhatIsNotAUsableBoundaryFile() {
        assertRejected("{ not json", "boundary.notGeoJson");
        assertRejected("{\"type\":\"FeatureCollection\",\"features\":[]}", "boundary.notGeoJson");
        assertRejected(collection("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + communes.get(0).code()
                + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[103,22]}}"), "boundary.badGeometry");
        assertRejected(collection(feature("26740", "")), "boundary.unknownCommune");
        assertThatThrownBy(() -> boundaries.upload(new Actor("bcd", Role.PROVINCE_STAFF,
                UnitScope.province(communes.get(0).provinceId())), "12", bytes(collection(feature(communes.get(0).code(), "")))))
                .isInstanceOf(ForbiddenException.class);
    }

    private void assertRejected(String file, String code) {
        assertThatThrownBy(() -> boundaries.upload(ADMIN, "12", bytes(file)))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo(code));
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String code, String extra) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"" + (extra.isEmpty() ? "" : "," + extra)
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[103.1,22.1],[103.2,22.1],[103.2,22.2],[103.1,22.1]]]}}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
