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
    void shouldRebuildEachGeometryFromItsTypeAndNumericCoordinatesOnly() {
        String payload = "\"x\":\"</script><div hx-post=/admin/users/6/disable hx-trigger=load></div>\"";
        String file = collection("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + communes.get(0).code()
                + "\"},\"geometry\":{\"type\":\"Polygon\"," + payload + ",\"coordinates\":"
                + "[[[103.1,22.1,5],[103.2,22.1,5],[103.2,22.2,5],[103.1,22.1,5]]]}}");
        boundaries.upload(ADMIN, "12", bytes(file));
        String stored = boundaries.boundaries(communes.get(0).provinceId()).orElseThrow();
        assertThat(stored).doesNotContain("hx-post").doesNotContain("script").doesNotContain("\"x\"")
                .contains("[[[103.1,22.1],[103.2,22.1],[103.2,22.2],[103.1,22.1]]]");
    }

    @Test
    void shouldRejectCoordinatesThatAreNotNumbers() {
        String ring = "[[103.1,22.1],[103.2,22.1],[\"<b>\",22.2],[103.1,22.1]]";
        assertRejected(collection(geometryFeature("Polygon", "[" + ring + "]")), "boundary.badGeometry");
        assertRejected(collection(geometryFeature("Polygon", "[[[103.1,22.1],[103.2,22.1],[103.1,22.1]]]")),
                "boundary.badGeometry");
        assertRejected(collection(geometryFeature("Polygon", "[[[103.1,22.1],[103.2,22.1],[103.2,922.2],[103.1,22.1]]]")),
                "boundary.badGeometry");
        assertRejected(collection(geometryFeature("MultiPolygon", "[[[[103.1,22.1],[103.2,22.1],{\"a\":1},[103.1,22.1]]]]")),
                "boundary.badGeometry");
        assertRejected(collection(geometryFeature("MultiPolygon", "\"[]\"")), "boundary.badGeometry");
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

    private String geometryFeature(String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + communes.get(0).code()
                + "\"},\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
