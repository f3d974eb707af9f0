package vn.bdhvs.campaign.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseNamesTests {

    @Test
    void shouldMatchProvinceNamesWithAndWithoutTheirKind() {
        assertThat(VietnameseNames.provinceKey("Tỉnh Vĩnh Phúc")).isEqualTo(VietnameseNames.provinceKey("Vĩnh Phúc"));
        assertThat(VietnameseNames.provinceKey("Thành phố Hồ Chí Minh")).isEqualTo("hồ chí minh");
    }

    @Test
    void shouldFoldOldTonePlacementAndDecomposedUnicode() {
        assertThat(VietnameseNames.key("Hoà Bình")).isEqualTo(VietnameseNames.key("Hòa Bình"));
        assertThat(VietnameseNames.key("Thuỷ")).isEqualTo(VietnameseNames.key("Thủy"));
        assertThat(VietnameseNames.key(Normalizer.normalize("Đồng Cương", Normalizer.Form.NFD)))
                .isEqualTo(VietnameseNames.key("Đồng Cương"));
        assertThat(VietnameseNames.key("  Xã   Đồng  Cương ")).isEqualTo("xã đồng cương");
    }

    @Test
    void shouldKeepTheCommuneKindInTheFullKeyButNotInTheBareOne() {
        assertThat(VietnameseNames.key("Xã Yên Lạc")).isNotEqualTo(VietnameseNames.key("Thị trấn Yên Lạc"));
        assertThat(VietnameseNames.communeBareKey("Thị trấn Yên Lạc")).isEqualTo("yên lạc");
        assertThat(VietnameseNames.districtKey("Huyện Yên Lạc")).isEqualTo("yên lạc");
    }

    @Test
    void shouldDeriveTheCommuneKindFromTheName() {
        assertThat(CommuneKind.fromName("Xã Yên Lạc")).isEqualTo(CommuneKind.XA);
        assertThat(CommuneKind.fromName("Phường Sài Gòn")).isEqualTo(CommuneKind.PHUONG);
        assertThat(CommuneKind.fromName("Đặc khu Côn Đảo")).isEqualTo(CommuneKind.DAC_KHU);
    }

    @Test
    void shouldFoldMarksForNamesTypedWithoutThem() {
        assertThat(VietnameseNames.folded("Xã Đồng Cương")).isEqualTo("xa dong cuong");
        assertThat(VietnameseNames.folded("Thừa Thiên Huế")).isEqualTo("thua thien hue");
        assertThat(VietnameseNames.foldedCommuneBareKey("XÃ  ĐỒNG CƯƠNG")).isEqualTo("dong cuong");
        assertThat(VietnameseNames.foldedCommuneBareKey("xa dong cuong")).isEqualTo("dong cuong");
        assertThat(VietnameseNames.foldedProvinceKey("tinh vinh phuc")).isEqualTo("vinh phuc");
    }

    @Test
    void shouldWriteUnitNamesAsInsideASentence() {
        assertThat(VietnameseNames.inSentence("Huyện Yên Lạc", false)).isEqualTo("huyện Yên Lạc");
        assertThat(VietnameseNames.inSentence("Tỉnh Vĩnh Phúc", true)).isEqualTo("tỉnh Vĩnh Phúc");
        assertThat(VietnameseNames.inSentence("Phú Thọ", true)).isEqualTo("tỉnh Phú Thọ");
        assertThat(VietnameseNames.inSentence("Thành phố Hồ Chí Minh", true)).isEqualTo("thành phố Hồ Chí Minh");
        assertThat(VietnameseNames.inSentence(" ", true)).isNull();
    }
}
