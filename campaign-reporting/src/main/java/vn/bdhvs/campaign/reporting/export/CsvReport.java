package vn.bdhvs.campaign.reporting.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.reporting.progress.ProgressReport;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

/**
 * The report as CSV for other systems: UTF-8 with a BOM (so that Excel reads the Vietnamese),
 * one row per unit × indicator × group (the unit first, then each commune of a province), codes
 * beside names, numbers with a dot and no grouping, percentages in %. Text is neutralised.
 */
final class CsvReport {

    static final List<String> HEADER = List.of("ma_don_vi", "ten_don_vi", "cap", "ma_tinh", "nam", "ma_chi_tieu",
            "ten_chi_tieu", "ma_nhom", "ten_nhom", "don_vi_tinh", "chi_tieu", "thuc_hien", "dan_so_nen",
            "ty_le_cua_nhom_phan_tram", "phan_tram_chi_tieu", "du_bao_31_12", "ma_trang_thai", "trang_thai");

    private CsvReport() {
    }

    static byte[] write(ReportDocument document) {
        ProgressReport report = document.report();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(HEADER);
            String provinceCode = report.province().code();
            if (report.commune() == null) {
                rows(csv, provinceCode, report.province().name(), "TINH", provinceCode, report.year(), report.rows());
                for (ProgressReport.CommuneRows commune : report.communes()) {
                    CommuneSummary unit = commune.commune();
                    rows(csv, unit.code(), unit.name(), "XA", provinceCode, report.year(), commune.values());
                }
            }
            else {
                rows(csv, report.commune().code(), report.commune().name(), "XA", provinceCode, report.year(),
                        report.rows());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void rows(CSVPrinter csv, String code, String name, String level, String provinceCode, int year,
            List<ProgressValue> values) throws IOException {
        for (ProgressValue value : values) {
            csv.printRecord(CellText.safe(code), CellText.safe(name), level, provinceCode, year,
                    CellText.safe(value.indicator().code()), CellText.safe(value.indicator().nameVi()),
                    CellText.safe(ExportTexts.groupCode(value)), CellText.safe(ExportTexts.group(value)),
                    ExportTexts.unit(value), plain(value.target()), value.actual(),
                    value.baseline() == null ? "" : value.baseline(), plain(value.share()),
                    plain(value.percentOfTarget()), plain(value.projection()), value.status().name(),
                    ExportTexts.status(value.status()));
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
