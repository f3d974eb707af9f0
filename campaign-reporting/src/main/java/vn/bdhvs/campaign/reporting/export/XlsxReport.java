package vn.bdhvs.campaign.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.ProgressReport;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

/**
 * The report as a workbook, written as a stream (fastexcel): a summary sheet (indicator × group
 * with every figure and the numerator and denominator of each percentage), a sheet with one row
 * per commune for a province, and a sheet of month series per indicator. Figures are number cells
 * with number and percent formats; each table has a title block, a frozen header row, an
 * auto-filter and set column widths. Text cells are neutralised ({@link CellText}).
 */
final class XlsxReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final String INTEGER = "#,##0";

    private static final String DECIMAL = "#,##0.0";

    private static final String PERCENT = "0.0%";

    private static final List<String> SUMMARY = List.of("Chỉ tiêu", "Mã chỉ tiêu", "Nhóm đối tượng", "Mã nhóm",
            "Đơn vị tính", "Chỉ tiêu", "Thực hiện", "Tỷ lệ của nhóm: tử số (người)", "Tỷ lệ của nhóm: mẫu số (dân số nền)",
            "Tỷ lệ của nhóm", "% chỉ tiêu: tử số (thực hiện)", "% chỉ tiêu: mẫu số (chỉ tiêu)", "% so với chỉ tiêu",
            "Dự báo đến 31/12", "Trạng thái");

    private static final double[] SUMMARY_WIDTHS = { 42, 20, 40, 16, 12, 12, 14, 16, 18, 12, 16, 16, 12, 14, 22 };

    private XlsxReport() {
    }

    static byte[] write(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Binh dan hoc vu so", "1.0")) {
            summary(workbook.newWorksheet("Tổng hợp"), document);
            if (!document.report().communes().isEmpty()) {
                communes(workbook.newWorksheet("Theo xã, phường"), document);
            }
            months(workbook, document);
            workbook.finish();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** The title block of every sheet; returns the row of the table's header. */
    private static int title(Worksheet sheet, ReportDocument document, String subject) {
        ProgressReport report = document.report();
        text(sheet, 0, 0, "BÁO CÁO TIẾN ĐỘ PHONG TRÀO \"BÌNH DÂN HỌC VỤ SỐ\" NĂM " + report.year());
        sheet.style(0, 0).bold().fontSize(14).set();
        text(sheet, 1, 0, subject);
        sheet.style(1, 0).bold().set();
        text(sheet, 2, 0, "Đơn vị: " + document.unitLabel() + (report.commune() == null ? "" : ", "
                + report.province().name()));
        text(sheet, 3, 0, "Năm: " + report.year() + (report.commune() == null ? "; chỉ tiêu của tỉnh cũ đã sáp nhập: "
                + (report.includeFormer() ? "có tính" : "không tính") : ""));
        text(sheet, 4, 0, "Lập lúc " + WHEN.format(document.generatedAt()) + " bởi " + document.generatedBy()
                + "; số liệu theo bộ đếm tiến độ tại thời điểm lập.");
        return 6;
    }

    private static void summary(Worksheet sheet, ReportDocument document) {
        int header = title(sheet, document, "Tổng hợp theo chỉ tiêu và nhóm đối tượng");
        header(sheet, header, SUMMARY, SUMMARY_WIDTHS);
        int row = header + 1;
        for (ProgressValue value : document.report().rows()) {
            boolean share = value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP;
            text(sheet, row, 0, value.indicator().nameVi());
            text(sheet, row, 1, value.indicator().code());
            text(sheet, row, 2, ExportTexts.group(value));
            text(sheet, row, 3, ExportTexts.groupCode(value));
            text(sheet, row, 4, ExportTexts.unit(value));
            if (share) {
                number(sheet, row, 5, ReportDocument.fraction(value.target()), PERCENT);
            }
            else {
                number(sheet, row, 5, value.target(), INTEGER);
            }
            number(sheet, row, 6, BigDecimal.valueOf(value.actual()), INTEGER);
            number(sheet, row, 7, BigDecimal.valueOf(value.actual()), INTEGER);
            number(sheet, row, 8, value.baseline() == null ? null : BigDecimal.valueOf(value.baseline()), INTEGER);
            number(sheet, row, 9, ReportDocument.fraction(value.share()), PERCENT);
            number(sheet, row, 10, share ? ReportDocument.fraction(value.share())
                    : ReportDocument.measure(value), share ? PERCENT : INTEGER);
            number(sheet, row, 11, share ? ReportDocument.fraction(value.target()) : value.target(),
                    share ? PERCENT : INTEGER);
            number(sheet, row, 12, ReportDocument.fraction(value.percentOfTarget()), PERCENT);
            number(sheet, row, 13, share ? ReportDocument.fraction(value.projection()) : value.projection(),
                    share ? PERCENT : DECIMAL);
            text(sheet, row, 14, ExportTexts.status(value.status()));
            row++;
        }
        finish(sheet, header, row, SUMMARY.size());
    }

    private static void communes(Worksheet sheet, ReportDocument document) {
        List<ProgressValue> rows = document.report().rows();
        int header = title(sheet, document, "Tiến độ theo xã, phường");
        Map<String, Double> columns = new LinkedHashMap<>();
        columns.put("Mã xã", 10d);
        columns.put("Xã, phường", 30d);
        for (ProgressValue value : rows) {
            String name = value.indicator().nameVi() + " – " + ExportTexts.group(value);
            columns.put(name + ": thực hiện", 16d);
            columns.put(name + ": chỉ tiêu", 16d);
            columns.put(name + ": % so với chỉ tiêu", 16d);
        }
        header(sheet, header, List.copyOf(columns.keySet()),
                columns.values().stream().mapToDouble(Double::doubleValue).toArray());
        int row = header + 1;
        for (ProgressReport.CommuneRows commune : document.report().communes()) {
            text(sheet, row, 0, commune.commune().code());
            text(sheet, row, 1, commune.commune().name());
            int column = 2;
            for (ProgressValue value : commune.values()) {
                boolean share = value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP;
                number(sheet, row, column++, share ? ReportDocument.fraction(value.share())
                        : BigDecimal.valueOf(value.actual()), share ? PERCENT : INTEGER);
                number(sheet, row, column++, share ? ReportDocument.fraction(value.target()) : value.target(),
                        share ? PERCENT : INTEGER);
                number(sheet, row, column++, ReportDocument.fraction(value.percentOfTarget()), PERCENT);
            }
            row++;
        }
        finish(sheet, header, row, columns.size());
    }

    /** A sheet per indicator: a row per group, its cumulative measure at the end of each month so far. */
    private static void months(Workbook workbook, ReportDocument document) {
        ProgressReport report = document.report();
        Map<String, Worksheet> sheets = new LinkedHashMap<>();
        Map<String, Integer> nextRow = new LinkedHashMap<>();
        for (int i = 0; i < report.rows().size(); i++) {
            ProgressValue value = report.rows().get(i);
            boolean share = value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP;
            String code = value.indicator().code();
            Worksheet sheet = sheets.computeIfAbsent(code, c -> {
                Worksheet created = workbook.newWorksheet(("Tháng " + c).substring(0, Math.min(31, 6 + c.length())));
                int header = title(created, document, "Theo tháng (lũy kế đến cuối tháng): " + value.indicator()
                        .nameVi());
                List<String> names = new java.util.ArrayList<>(List.of("Nhóm đối tượng"));
                double[] widths = new double[13];
                widths[0] = 40;
                for (int month = 1; month <= 12; month++) {
                    names.add("Tháng " + month);
                    widths[month] = 11;
                }
                header(created, header, names, widths);
                nextRow.put(c, header + 1);
                return created;
            });
            int row = nextRow.get(code);
            text(sheet, row, 0, ExportTexts.group(value));
            for (Dashboards.MonthPoint point : report.months().get(i)) {
                number(sheet, row, point.month(), share ? ReportDocument.fraction(point.measure()) : point.measure(),
                        share ? PERCENT : INTEGER);
            }
            nextRow.put(code, row + 1);
        }
        sheets.forEach((code, sheet) -> finish(sheet, 6, nextRow.get(code), 13));
    }

    private static void header(Worksheet sheet, int row, List<String> names, double[] widths) {
        for (int column = 0; column < names.size(); column++) {
            text(sheet, row, column, names.get(column));
            sheet.style(row, column).bold().wrapText(true).fillColor("DDEBF7").set();
            sheet.width(column, widths[column]);
        }
        sheet.rowHeight(row, 45);
    }

    /** The header frozen and filtered over the table's columns. */
    private static void finish(Worksheet sheet, int header, int end, int columns) {
        sheet.freezePane(0, header + 1);
        sheet.setAutoFilter(header, 0, Math.max(header, end - 1), columns - 1);
    }

    private static void text(Worksheet sheet, int row, int column, String text) {
        sheet.inlineString(row, column, CellText.safe(text));
    }

    private static void number(Worksheet sheet, int row, int column, BigDecimal value, String format) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(format).set();
        }
    }
}
