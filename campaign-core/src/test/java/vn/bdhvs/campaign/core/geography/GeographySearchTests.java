package vn.bdhvs.campaign.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bdhvs.campaign.core.geography.UnitMatch.Kind;

/** Units are found by current and former names, typed loosely, and only within the caller's scope. */
@SpringBootTest
class GeographySearchTests {

    @Autowired
    GeographyService geography;

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
    }

    @Test
    void shouldFindAFormerCommuneWithOrWithoutMarksAndKindAndShowItsSuccessor() {
        for (String query : List.of("dong cuong", "Xã Đồng Cương", "Đồng Cương", "  XA  DONG CUONG ")) {
            UnitSearch search = geography.search(UnitScope.nation(), query, 0, 20);
            assertThat(search.matches()).as(query).filteredOn(m -> m.kind() == Kind.FORMER_COMMUNE)
                    .filteredOn(m -> m.place().equals("huyện Yên Lạc, tỉnh Vĩnh Phúc")).singleElement()
                    .satisfies(m -> {
                        assertThat(m.name()).isEqualTo("Xã Đồng Cương");
                        assertThat(m.successors()).containsExactly(
                                new UnitMatch.Successor(Kind.COMMUNE, "09025", "Xã Yên Lạc", "tỉnh Phú Thọ"));
                    });
            assertThat(search.total()).isEqualTo(search.matches().size());
        }
        // typed with its marks, the very name comes before look-alikes such as "Xã Đông Cuông"
        assertThat(geography.search(UnitScope.nation(), "Đồng Cương", 0, 20).matches().get(0).name())
                .isEqualTo("Xã Đồng Cương");
    }

    @Test
    void shouldFindFormerProvincesWithTheirSuccessor() {
        UnitSearch vinhPhuc = geography.search(UnitScope.nation(), "vinh phuc", 0, 20);
        assertThat(vinhPhuc.matches().get(0)).satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Kind.FORMER_PROVINCE);
            assertThat(m.name()).isEqualTo("Vĩnh Phúc");
            assertThat(m.successors()).extracting(UnitMatch.Successor::name).containsExactly("Phú Thọ");
        });
        UnitSearch binhDuong = geography.search(UnitScope.nation(), "Tỉnh Bình Dương", 0, 20);
        assertThat(binhDuong.matches().get(0).successors()).extracting(UnitMatch.Successor::code).containsExactly("79");
        assertThat(geography.search(UnitScope.nation(), "binh duong", 0, 20).matches())
                .extracting(UnitMatch::kind).contains(Kind.FORMER_PROVINCE, Kind.COMMUNE, Kind.FORMER_COMMUNE);
    }

    @Test
    void shouldFindCurrentUnitsByNameOrCode() {
        assertThat(geography.search(UnitScope.nation(), "phu tho", 0, 20).matches().get(0))
                .isEqualTo(new UnitMatch(Kind.PROVINCE, geographyCode("Phú Thọ"), "Phú Thọ", null, List.of()));
        assertThat(geography.search(UnitScope.nation(), "sai gon", 0, 20).matches().get(0))
                .isEqualTo(new UnitMatch(Kind.COMMUNE, "26740", "Phường Sài Gòn", "thành phố Hồ Chí Minh", List.of()));
        assertThat(geography.search(UnitScope.nation(), "09025", 0, 20).matches().get(0).name()).isEqualTo("Xã Yên Lạc");
    }

    @Test
    void shouldPageALongListAndCountEveryMatch() {
        UnitSearch first = geography.search(UnitScope.nation(), "phuong 1", 0, 10);
        assertThat(first.total()).isGreaterThan(20);
        assertThat(first.matches()).hasSize(10);
        UnitSearch second = geography.search(UnitScope.nation(), "phuong 1", 1, 10);
        assertThat(second.matches()).hasSize(10).doesNotContainAnyElementsOf(first.matches());
        UnitSearch beyond = geography.search(UnitScope.nation(), "phuong 1", 9999, 10);
        assertThat(beyond.page()).isEqualTo(first.totalPages() - 1);
        assertThat(beyond.matches()).isNotEmpty();
        assertThat(geography.search(UnitScope.nation(), "x", 0, 10).matches()).isEmpty();
    }

    @Test
    void shouldKeepAProvinceScopeToItsOwnUnitsAndFormerUnits() {
        CommuneSummary saiGon = geography.findCommune("26740").orElseThrow();
        UnitScope hcmc = UnitScope.province(saiGon.provinceId());
        assertThat(geography.search(hcmc, "dong cuong", 0, 20).total()).isZero();
        assertThat(geography.search(hcmc, "phu tho", 0, 20).matches()).extracting(UnitMatch::kind)
                .doesNotContain(Kind.PROVINCE);
        UnitSearch binhDuong = geography.search(hcmc, "binh duong", 0, 50);
        assertThat(binhDuong.matches()).extracting(UnitMatch::kind).contains(Kind.FORMER_PROVINCE);
        assertThat(binhDuong.matches()).flatExtracting(UnitMatch::successors)
                .allSatisfy(s -> assertThat(s.kind() == Kind.PROVINCE ? s.code() : s.place())
                        .isIn("79", "thành phố Hồ Chí Minh"));
        // a nation-wide search finds more "Phường 1"s than the city has
        assertThat(geography.search(hcmc, "phuong 1", 0, 10).total())
                .isLessThan(geography.search(UnitScope.nation(), "phuong 1", 0, 10).total());
    }

    @Test
    void shouldShowACommuneScopeOnlyItsOwnCommuneAndWhatItWasFormedFrom() {
        CommuneSummary yenLac = geography.findCommune("09025").orElseThrow();
        UnitScope scope = UnitScope.commune(yenLac.provinceId(), yenLac.id());
        assertThat(geography.search(scope, "dong cuong", 0, 20).matches()).singleElement()
                .satisfies(m -> assertThat(m.successors()).extracting(UnitMatch.Successor::code).containsExactly("09025"));
        assertThat(geography.search(scope, "phu tho", 0, 20).total()).isZero();
        assertThat(geography.search(scope, "vinh phuc", 0, 20).total()).isZero();
        assertThat(geography.search(scope, "sai gon", 0, 20).total()).isZero();
    }

    @Test
    void shouldSuggestCurrentCommunesSayingWhichFormerNameMatched() {
        List<CommuneSuggestion> suggestions = geography.suggestCommunes(UnitScope.nation(), "dong cuong", 10);
        assertThat(suggestions).filteredOn(s -> s.code().equals("09025")).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Xã Yên Lạc, tỉnh Phú Thọ");
            assertThat(s.formerNames()).containsExactly("Xã Đồng Cương (huyện Yên Lạc, tỉnh Vĩnh Phúc)");
        });
        assertThat(geography.suggestCommunes(UnitScope.nation(), "sai gon", 10).get(0))
                .isEqualTo(new CommuneSuggestion("26740", "Phường Sài Gòn", "thành phố Hồ Chí Minh", List.of()));
        assertThat(geography.suggestCommunes(UnitScope.nation(), "vinh phuc", 10))
                .noneMatch(s -> s.formerNames().stream().anyMatch(n -> n.equals("Vĩnh Phúc")));
    }

    @Test
    void shouldFoldEveryStoredNameInSqlExactlyAsInJava() {
        List<String[]> pairs = jdbc.sql("""
                select name_key, folded_key from province
                union all select name_key, folded_key from commune
                union all select bare_key, folded_bare_key from commune
                union all select old_name_key, old_folded_key from commune_lineage where old_name_key is not null
                union all select old_bare_key, old_folded_bare_key from commune_lineage where old_bare_key is not null
                """).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        assertThat(pairs).hasSizeGreaterThan(3_321 * 2 + 10_000);
        assertThat(pairs).allSatisfy(pair -> assertThat(pair[1]).as(pair[0]).isEqualTo(VietnameseNames.folded(pair[0])));
        // and no mark is left over: the table of marked letters is complete for the data
        assertThat(pairs).allSatisfy(pair -> assertThat(Normalizer.normalize(pair[1], Normalizer.Form.NFD))
                .as(pair[0]).doesNotContainPattern("[\\p{M}đ]"));
    }

    private String geographyCode(String provinceName) {
        return geography.currentProvinces(UnitScope.nation()).stream().filter(p -> p.name().equals(provinceName))
                .findFirst().orElseThrow().code();
    }
}
