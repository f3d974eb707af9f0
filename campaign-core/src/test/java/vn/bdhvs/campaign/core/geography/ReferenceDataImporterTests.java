package vn.bdhvs.campaign.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ReferenceDataImporterTests {

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    GeographyService geography;

    @Autowired
    JdbcClient jdbc;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    byte[] original;

    @BeforeEach
    void importReferenceData() throws IOException {
        original = Files.readAllBytes(referenceFile);
        importer.importContent(original, "address.json", "test");
    }

    @Test
    void shouldImportEveryCurrentUnitAndMapping() {
        assertThat(geography.counts().currentProvinces()).isEqualTo(34);
        assertThat(geography.counts().currentCommunes()).isEqualTo(3321);
        assertThat(geography.counts().lineageRows()).isEqualTo(10977);
        assertThat(geography.province(UnitScope.nation(), "68").province().name()).isEqualTo("Lâm Đồng");
        assertThat(geography.province(UnitScope.nation(), "68").communes()).hasSize(124);
    }

    @Test
    void shouldDeriveCommuneKindFromTheName() {
        Map<String, Integer> kinds = jdbc.sql("select kind, count(*) from commune group by kind")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kinds).containsEntry("DAC_KHU", 13).containsEntry("PHUONG", 687).containsEntry("XA", 2621);
        assertThat(geography.findCommune("26732").orElseThrow().kind()).isEqualTo(CommuneKind.DAC_KHU);
    }

    @Test
    void shouldLinkFormerProvincesToTheirSuccessors() {
        assertThat(successorOf("Bình Dương")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(successorOf("Quảng Nam")).isEqualTo("Thành phố Đà Nẵng");
        assertThat(successorOf("Vĩnh Phúc")).isEqualTo("Phú Thọ");
        assertThat(successorOf("Bắc Kạn")).isEqualTo("Thái Nguyên");
        // "Tỉnh Hoà Bình" in the mappings is the former Hòa Bình, despite the old tone placement
        assertThat(successorOf("Hòa Bình")).isEqualTo("Phú Thọ");
        // 63 provinces before the merger, 34 after, each of which existed before under its own name
        assertThat(geography.counts().formerProvinces()).isEqualTo(29);
        ProvinceDetail hcm = geography.province(UnitScope.nation(), "79");
        assertThat(hcm.formerProvinces()).extracting(ProvinceSummary::name)
                .containsExactlyInAnyOrder("Bà Rịa - Vũng Tàu", "Bình Dương");
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
        String before = snapshot();
        ImportReport again = importer.importContent(original, "address.json", "test");
        assertThat(again.changedRows()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRejectMalformedFilesAndChangeNothing() {
        String before = snapshot();
        assertRejected("{not json".getBytes(StandardCharsets.UTF_8), "referenceData.notJson");
        assertRejected("[{\"type\":\"table\",\"name\":\"provinces\",\"data\":[]}]".getBytes(StandardCharsets.UTF_8),
                "referenceData.missingTable");
        assertRejected(edit("\"ward_code\":\"00004\"", "\"ward_code\":\"4\""), "referenceData.badField");
        assertRejected(edit("\"ward_code\":\"00004\",\"name\":\"Phường Ba Đình\",\"province_code\":\"01\"",
                "\"ward_code\":\"00004\",\"name\":\"Phường Ba Đình\",\"province_code\":\"99\""),
                "referenceData.unknownProvince");
        // a valid change placed before a fatal error later in the file must not be written either
        byte[] halfGood = new String(edit("\"name\":\"Phường Ba Đình\"", "\"name\":\"Phường Ba Đình Mới\""),
                StandardCharsets.UTF_8).replace("\"new_ward_name\":\"Xã Yên Lạc\"", "\"new_ward_name\":\"Xã Không Có\"")
                .replace("\"new_ward_code\":\"09025\"", "\"new_ward_code\":\"99999\"")
                .getBytes(StandardCharsets.UTF_8);
        assertRejected(halfGood, "referenceData.unknownNewWard");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldApplyANewerFileByRenamingAndRetiringUnits() {
        // the ward is renamed everywhere the file names it as a current ward
        String renamed = new String(edit("\"name\":\"Phường Ba Đình\"", "\"name\":\"Phường Ba Đình Mới\""),
                StandardCharsets.UTF_8)
                .replace("\"new_ward_name\":\"Phường Ba Đình\"", "\"new_ward_name\":\"Phường Ba Đình Mới\"")
                .replace("{\"id\":\"9989\",", "{\"id\":\"9989-removed\",");
        ImportReport report = importer.importContent(renamed.getBytes(StandardCharsets.UTF_8), "newer.json",
                "test");
        try {
            assertThat(report.changedRows()).isEqualTo(3); // one rename, one mapping re-keyed (delete + insert)
            assertThat(geography.findCommune("00004").orElseThrow().name()).isEqualTo("Phường Ba Đình Mới");
        }
        finally {
            importer.importContent(original, "address.json", "test");
        }
        assertThat(geography.findCommune("00004").orElseThrow().name()).isEqualTo("Phường Ba Đình");
    }

    private void assertRejected(byte[] content, String code) {
        assertThatThrownBy(() -> importer.importContent(content, "bad.json", "test"))
                .isInstanceOfSatisfying(ReferenceDataException.class, ex -> assertThat(ex.code()).isEqualTo(code));
    }

    private byte[] edit(String from, String to) {
        String text = new String(original, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    private String successorOf(String former) {
        return jdbc.sql("select s.name from province p join province s on s.id = p.successor_id where p.name_key = ?")
                .param(VietnameseNames.provinceKey(former)).query(String.class).single();
    }

    /** A digest of every unit and mapping row. */
    private String snapshot() {
        return jdbc.sql("""
                select md5(string_agg(t, '|' order by t)) from (
                    select 'p' || row(p.*)::text as t from province p
                    union all select 'c' || row(c.*)::text from commune c
                    union all select 'l' || row(l.*)::text from commune_lineage l) rows
                """).query(String.class).single();
    }
}
