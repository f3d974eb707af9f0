package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.learners.Gender;

/** Cells as people fill them in Excel, and the message each mistake gets. */
class CellValuesTests {

    @Test
    void shouldReadDatesInTheWaysExcelUsersWriteThem() {
        LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
        assertThat(CellValues.date("31/12/2025")).isEqualTo(newYearsEve);
        assertThat(CellValues.date("2025-12-31")).isEqualTo(newYearsEve);
        assertThat(CellValues.date("46022")).isEqualTo(newYearsEve);
        assertThat(CellValues.date("5/1/2026")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertRefused(() -> CellValues.date("31/02/2025"), "import.value.dateImpossible");
        assertRefused(() -> CellValues.date("2025-13-01"), "import.value.dateImpossible");
        assertRefused(() -> CellValues.date("hôm qua"), "import.value.date");
    }

    @Test
    void shouldExplainWhatIsWrongWithACitizenId() {
        assertThat(CellValues.citizenId("079 180 001 234")).isEqualTo("079180001234");
        assertRefused(() -> CellValues.citizenId("79180001234"), "import.cccd.leadingZero");
        assertRefused(() -> CellValues.citizenId("0791800012345"), "import.cccd.length");
        assertRefused(() -> CellValues.citizenId("07918000123A"), "import.cccd.notDigits");
    }

    @Test
    void shouldRefuseTextThatASpreadsheetWouldRunAsAFormula() {
        assertRefused(() -> CellValues.text("=HYPERLINK(\"http://x\",\"y\")", 120), "import.value.formulaLike");
        assertRefused(() -> CellValues.text("@SUM(A1)", 120), "import.value.formulaLike");
        assertThat(CellValues.text("  Nguyễn   Thị  Lan ", 120)).isEqualTo("Nguyễn Thị Lan");
        assertRefused(() -> CellValues.text("x".repeat(121), 120), "import.value.tooLong");
    }

    @Test
    void shouldReadGendersAndYearsWithOrWithoutMarks() {
        assertThat(CellValues.gender("Nữ")).isEqualTo(Gender.FEMALE);
        assertThat(CellValues.gender("nu")).isEqualTo(Gender.FEMALE);
        assertThat(CellValues.gender("NAM")).isEqualTo(Gender.MALE);
        assertThat(CellValues.gender("Khác")).isEqualTo(Gender.OTHER);
        assertRefused(() -> CellValues.gender("x"), "import.value.gender");
        assertThat(CellValues.year("1980")).isEqualTo(1980);
        assertRefused(() -> CellValues.year("80"), "import.value.year");
    }

    @Test
    void shouldMatchHeadersWhateverTheirCaseSpacesAndMarks() {
        ColumnMapping mapping = ColumnMapping.auto(ImportKind.LEARNERS,
                java.util.List.of("STT", "HO VA TEN", "năm  sinh", "Giới tính", "Nhóm", "SĐT", "cccd", "Ghi chú"));
        assertThat(mapping.column("fullName")).isEqualTo(1);
        assertThat(mapping.column("birthYear")).isEqualTo(2);
        assertThat(mapping.column("gender")).isEqualTo(3);
        assertThat(mapping.column("group")).isEqualTo(4);
        assertThat(mapping.column("phone")).isEqualTo(5);
        assertThat(mapping.column("citizenId")).isEqualTo(6);
        assertThat(mapping.column("commune")).isEqualTo(-1);
        assertThat(mapping.missing(ImportKind.LEARNERS)).isEmpty();
        assertThat(ColumnMapping.auto(ImportKind.LEARNERS, java.util.List.of("Họ tên", "Tuổi")).missing(
                ImportKind.LEARNERS)).extracting(ImportField::key).containsExactly("birthYear", "gender", "group");
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", code);
    }
}
