package vn.bdhvs.campaign.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

class BaselineServiceTests extends PlanningFixture {

    @Autowired
    BaselineService baselines;

    @Test
    void shouldImportACsvForTheProvinceAndItsCommunes() {
        ProvinceSummary caoBang = province("04");
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "04").communes();
        String csv = "\uFEFFma_don_vi,ma_nhom,nam,so_nguoi\r\n"
                + "04,ADULTS,2025,\"350.000\"\r\n"
                + communes.get(0).code() + ",ADULTS,2025,12000\r\n"
                + communes.get(1).code() + ",adults,2025,9 500\r\n";
        CsvImportResult result = baselines.importCsv(staff(caoBang), caoBang.id(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        assertThat(result.saved()).isEqualTo(3);
        BaselineRow adults = adults(baselines.province(staff(caoBang), caoBang.id(), 2025));
        assertThat(adults.headCount()).isEqualTo(350_000L);
        assertThat(adults.communeSum()).isEqualTo(21_500L);
        assertThat(adults.communesWithFigure()).isEqualTo(2);
        assertThat(adults.communesExceed()).isFalse();

        // the same file again changes nothing
        assertThat(baselines.importCsv(staff(caoBang), caoBang.id(), csv.getBytes(StandardCharsets.UTF_8)).saved())
                .isZero();
    }

    @Test
    void shouldImportAWorkbookAndRefuseTextThatIsNotUtf8() throws java.io.IOException {
        ProvinceSummary khanhHoa = province("56");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Dân số");
            List<String> header = List.of("ma_don_vi", "ma_nhom", "nam", "so_nguoi");
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            sheet.value(1, 0, khanhHoa.code());
            sheet.value(1, 1, "ELDERLY");
            sheet.value(1, 2, 2026);
            sheet.value(1, 3, 81234);
            workbook.finish();
        }
        CsvImportResult result = baselines.importCsv(staff(khanhHoa), khanhHoa.id(), out.toByteArray());
        assertThat(result.errors()).isEmpty();
        assertThat(result.saved()).isEqualTo(1);

        CsvImportResult latin = baselines.importCsv(staff(khanhHoa), khanhHoa.id(),
                "ma_don_vi,ma_nhom,nam,so_nguoi\nKhánh Hòa,ADULTS,2026,1\n".getBytes(java.nio.charset.Charset
                        .forName("windows-1258")));
        assertThat(latin.errors()).extracting(e -> e.line(), e -> e.message().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "import.file.notUtf8"));
    }

    @Test
    void shouldReportEveryBadLineAndSaveNothing() {
        ProvinceSummary dienBien = province("11");
        String csv = """
                ma_don_vi;ma_nhom;nam;so_nguoi
                11;ADULTS;2025;400000
                00004;ADULTS;2025;100
                11;KHONG_CO;2025;100
                11;ELDERLY;2040;100
                11;STUDENTS;2025;-3
                11;WORKERS;2025;nhiều
                11;ADULTS;2025;400000
                11;ADULTS
                """;
        CsvImportResult result = baselines.importCsv(staff(dienBien), dienBien.id(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).extracting(e -> e.line()).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(result.errors()).extracting(e -> e.message().code()).containsExactly("baseline.csv.unknownUnit",
                "baseline.csv.unknownGroup", "planning.year.outOfRange", "planning.value.negative",
                "planning.value.notNumber", "baseline.csv.duplicate", "baseline.csv.columns");
        assertThat(adults(baselines.province(staff(dienBien), dienBien.id(), 2025)).headCount()).isNull();
    }

    @Test
    void shouldWarnWhenTheCommunesAddUpToMoreThanTheProvince() {
        ProvinceSummary laiChau = province("12");
        Actor staff = staff(laiChau);
        CommuneSummary first = geography.province(UnitScope.nation(), "12").communes().get(0);
        long adultsId = group("ADULTS").id();
        baselines.save(staff, laiChau.id(), null, 2025, List.of(new BaselineInput(adultsId, "1000", null)));
        SaveOutcome outcome = baselines.save(staff, laiChau.id(), first.code(), 2025,
                List.of(new BaselineInput(adultsId, "1500", null)));
        assertThat(outcome.success()).isTrue();
        assertThat(outcome.warnings().values()).extracting(m -> m.code()).containsExactly("baseline.warning.exceeds");
        assertThat(adults(baselines.province(staff, laiChau.id(), 2025)).communesExceed()).isTrue();
        assertThat(baselines.commune(staff, first.code(), 2025).rows().stream()
                .filter(r -> r.group().code().equals("ADULTS")).findFirst().orElseThrow().headCount()).isEqualTo(1500L);
    }

    @Test
    void shouldRejectANegativeFigureInTheForm() {
        ProvinceSummary sonLa = province("14");
        SaveOutcome outcome = baselines.save(staff(sonLa), sonLa.id(), null, 2025,
                List.of(new BaselineInput(group("ADULTS").id(), "-1", null),
                        new BaselineInput(group("ELDERLY").id(), "5000", null)));
        assertThat(outcome.errors().values()).extracting(m -> m.code()).containsExactly("planning.value.negative");
        assertThat(baselines.province(staff(sonLa), sonLa.id(), 2025).rows()).allSatisfy(r -> assertThat(r.headCount()).isNull());
    }

    @Test
    void shouldRefuseAHeadCountTooLargeForAnyUnitInTheFormAndInTheCsv() {
        ProvinceSummary vinhLong = province("86");
        SaveOutcome outcome = baselines.save(staff(vinhLong), vinhLong.id(), null, 2025,
                List.of(new BaselineInput(group("ADULTS").id(), "99999999999999999999999", null),
                        new BaselineInput(group("ELDERLY").id(), "1.000.000.001", null),
                        new BaselineInput(group("WORKERS").id(), "5000", null)));
        assertThat(outcome.errors().values()).extracting(m -> m.code())
                .containsExactly("planning.value.tooLarge", "planning.value.tooLarge");
        String csv = "ma_don_vi,ma_nhom,nam,so_nguoi\n86,WORKERS,2025,5000\n86,ADULTS,2025,99999999999999999999999\n";
        CsvImportResult result = baselines.importCsv(staff(vinhLong), vinhLong.id(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).extracting(e -> e.line(), e -> e.message().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "planning.value.tooLarge"));
        assertThat(baselines.province(staff(vinhLong), vinhLong.id(), 2025).rows())
                .allSatisfy(r -> assertThat(r.headCount()).isNull());
    }

    @Test
    void shouldCountEveryErrorButKeepOnlyTheFirstHundredAndRefuseAFileAboveTheRowLimit() {
        ProvinceSummary vinhLong = province("86");
        StringBuilder csv = new StringBuilder("ma_don_vi,ma_nhom,nam,so_nguoi\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append(String.format("%05d,ADULTS,2025,khong-phai-so%n", i));
        }
        CsvImportResult result = baselines.importCsv(staff(vinhLong), vinhLong.id(),
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).hasSize(BaselineService.SHOWN_ERRORS);
        assertThat(result.errors().get(0).line()).isEqualTo(2);
        assertThat(result.errorCount()).isEqualTo(5_000);

        StringBuilder tooLong = new StringBuilder("ma_don_vi,ma_nhom,nam,so_nguoi\n");
        for (int i = 0; i <= 100_000; i++) {
            tooLong.append("86,ADULTS,2025,1\n");
        }
        CsvImportResult refused = baselines.importCsv(staff(vinhLong), vinhLong.id(),
                tooLong.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(refused.errors()).extracting(e -> e.line(), e -> e.message().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100_002, "baseline.csv.tooManyRows"));
        assertThat(adults(baselines.province(staff(vinhLong), vinhLong.id(), 2025)).headCount()).isNull();
    }

    private static BaselineRow adults(BaselineView view) {
        return view.rows().stream().filter(r -> r.group().code().equals("ADULTS")).findFirst().orElseThrow();
    }
}
