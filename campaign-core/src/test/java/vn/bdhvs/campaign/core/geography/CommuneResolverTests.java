package vn.bdhvs.campaign.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import vn.bdhvs.campaign.core.geography.CommuneResolution.Status;

@SpringBootTest
class CommuneResolverTests {

    @Autowired
    CommuneResolver resolver;

    @Autowired
    ReferenceDataImporter importer;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    @BeforeEach
    void referenceData() throws IOException {
        importer.importIfChanged(referenceFile, "test");
    }

    @Test
    void shouldResolveTheSeedExampleThroughTheLineage() {
        CommuneResolution resolution = resolver
                .resolve(CommuneQuery.ofName("Xã Đồng Cương", "Huyện Yên Lạc", "Tỉnh Vĩnh Phúc"));
        assertThat(resolution.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolution.viaLineage()).isTrue();
        assertThat(resolution.commune().name()).isEqualTo("Xã Yên Lạc");
        assertThat(resolution.commune().code()).isEqualTo("09025");
        assertThat(resolution.commune().provinceName()).isEqualTo("Phú Thọ");
    }

    @Test
    void shouldResolveOldNamesWrittenLoosely() {
        // no "Xã"/"Huyện"/"Tỉnh", odd spacing and case, as people type them
        assertThat(resolver.resolve(CommuneQuery.ofName("  đồng   cương ", "Yên Lạc", "Vĩnh Phúc")).commune().code())
                .isEqualTo("09025");
        // the old province alone is enough when the old name is unique in it
        assertThat(resolver.resolve(CommuneQuery.ofName("Xã Đồng Cương", null, "Vĩnh Phúc")).commune().code())
                .isEqualTo("09025");
        // the current province also narrows an old name down
        assertThat(resolver.resolve(CommuneQuery.ofName("Xã Đồng Cương", null, "Phú Thọ")).commune().code())
                .isEqualTo("09025");
        // old tone placement "Hoà" in the data, new "Hòa" in the query
        assertThat(resolver.resolve(CommuneQuery.ofName("Phường Đồng Tiến", "Thành phố Hòa Bình", "Tỉnh Hòa Bình"))
                .commune().name()).isEqualTo("Phường Hòa Bình");
    }

    @Test
    void shouldResolveCurrentCodesAndNames() {
        assertThat(resolver.resolve(CommuneQuery.ofCode("26740")).commune().name()).isEqualTo("Phường Sài Gòn");
        CommuneResolution byName = resolver.resolve(CommuneQuery.ofName("Phường Sài Gòn", null, "Hồ Chí Minh"));
        assertThat(byName.commune().code()).isEqualTo("26740");
        assertThat(byName.viaLineage()).isFalse();
        // Bình Dương's former capital, now a ward of Hồ Chí Minh City
        assertThat(resolver.resolve(CommuneQuery.ofName("Thủ Dầu Một", null, "Thành phố Hồ Chí Minh")).commune()
                .code()).isEqualTo("25747");
    }

    @Test
    void shouldResolvePre2025CodesToTheirSuccessor() {
        CommuneResolution resolution = resolver.resolve(CommuneQuery.ofCode("09028"));
        assertThat(resolution.viaLineage()).isTrue();
        assertThat(resolution.commune().name()).isEqualTo("Xã Yên Lạc");
    }

    @Test
    void shouldReportAnAmbiguousNameInsteadOfGuessing() {
        // Ho Chi Minh City had a "Phường 1" in many districts
        CommuneResolution phuong1 = resolver.resolve(CommuneQuery.ofName("Phường 1", null, "Thành phố Hồ Chí Minh"));
        assertThat(phuong1.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(phuong1.candidates()).hasSizeGreaterThan(5);
        // with its district it is unambiguous
        assertThat(resolver.resolve(CommuneQuery.ofName("Phường 1", "Quận 3", "Thành phố Hồ Chí Minh")).status())
                .isEqualTo(Status.RESOLVED);
    }

    @Test
    void shouldReportASplitCommuneAsAmbiguous() {
        // Phường Hòa Minh (Liên Chiểu, Đà Nẵng) was split between two new wards
        CommuneResolution split = resolver.resolve(CommuneQuery.ofName("Phường Hòa Minh", "Quận Liên Chiểu", "Đà Nẵng"));
        assertThat(split.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(split.candidates()).extracting(CommuneSummary::name)
                .containsExactly("Phường Hòa Khánh", "Phường Thanh Khê");
    }

    @Test
    void shouldReportUnknownCommunes() {
        assertThat(resolver.resolve(CommuneQuery.ofName("Xã Không Tồn Tại", null, "Phú Thọ")).status())
                .isEqualTo(Status.NOT_FOUND);
        assertThat(resolver.resolve(CommuneQuery.ofCode("99999")).status()).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void shouldResolveNamesTypedWithoutMarksButNeverGuessBetweenLookAlikes() {
        assertThat(resolver.resolve(CommuneQuery.ofName("dong cuong", "yen lac", "vinh phuc")).commune().code())
                .isEqualTo("09025");
        assertThat(resolver.resolve(CommuneQuery.ofName("xa dong cuong", null, "phu tho")).commune().code())
                .isEqualTo("09025");
        assertThat(resolver.resolve(CommuneQuery.ofName("thu dau mot", null, null)).commune().code()).isEqualTo("25747");
        // "Xã Đông Cuông", "Xã Đồng Cương", "Xã Đông Cường" … all read "dong cuong"
        CommuneResolution lookAlikes = resolver.resolve(CommuneQuery.ofName("dong cuong", null, null));
        assertThat(lookAlikes.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(lookAlikes.candidates()).extracting(CommuneSummary::code).contains("09025", "04399");
        // a name typed with marks is taken as written
        assertThat(resolver.resolve(CommuneQuery.ofName("Đồng Cuong", null, null)).status()).isEqualTo(Status.NOT_FOUND);
    }
}
