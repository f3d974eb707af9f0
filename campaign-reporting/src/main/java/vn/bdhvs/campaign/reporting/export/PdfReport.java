package vn.bdhvs.campaign.reporting.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.reporting.progress.ProgressReport;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

/**
 * The report as an official document in the layout of Decree 30/2020/NĐ-CP, Annex I, form 1.4
 * ("văn bản có tên loại"): A4 portrait with margins of 20 mm top and bottom, 30 mm left and 15 mm
 * right; the issuing body's column on the left and the national motto's on the right; "BÁO CÁO"
 * and its subject; the summary table, a bar chart of % of target, the recipients beside the
 * signature; then the per-commune table as an annex on landscape pages, its header repeated on
 * every page. Page numbers from page 2, at the top centre. Liberation Serif (Times New Roman
 * metrics, SIL Open Font Licence) is embedded with Identity-H encoding so that every Vietnamese
 * letter renders; all text is normalised to NFC.
 */
final class PdfReport {

    private static final float MM = 72f / 25.4f;

    /** Per-commune columns on one landscape table; more rows make several tables. */
    private static final int COLUMNS_PER_TABLE = 6;

    private static final Color ON_TRACK = new Color(0x19, 0x87, 0x54);

    private static final Color AT_RISK = new Color(0xE0, 0x8E, 0x0B);

    private static final Color BEHIND = new Color(0xDC, 0x35, 0x45);

    private static final Color GREY = new Color(0x6C, 0x75, 0x7D);

    private final ReportDocument document;

    /** Read once: the fonts are shared by every report (each document embeds the subset it uses). */
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");

    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");

    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");

    private static final BaseFont BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

    private PdfReport(ReportDocument document) {
        this.document = document;
    }

    static byte[] write(ReportDocument document) {
        return new PdfReport(document).write();
    }

    private byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers());
            ProgressReport report = document.report();
            pdf.addTitle(nfc("Báo cáo tiến độ phong trào Bình dân học vụ số năm " + report.year() + " – "
                    + report.unitName()));
            pdf.addCreator("Bình dân học vụ số");
            pdf.addAuthor(nfc(document.heading().issuingBody()));
            pdf.open();
            heading(pdf);
            body(pdf);
            summaryTable(pdf);
            chart(pdf, writer);
            closing(pdf);
            if (!report.communes().isEmpty()) {
                annex(pdf);
            }
            pdf.close();
        }
        catch (DocumentException ex) {
            throw new IllegalStateException("The PDF report could not be written", ex);
        }
        return out.toByteArray();
    }

    /** The two header columns: issuing body and number; the national motto and the place and date. */
    private void heading(Document pdf) {
        ReportHeading heading = document.heading();
        PdfPTable table = new PdfPTable(new float[] { 2f, 3f });
        table.setWidthPercentage(100);
        float width = pdf.right() - pdf.left();

        PdfPCell left = cell();
        String issuer = document.report().commune() == null ? heading.issuingBody()
                : "UBND " + document.report().commune().name().toUpperCase(ReportHeading.VIETNAMESE);
        left.addElement(centred(heading.parentBody().toUpperCase(ReportHeading.VIETNAMESE), REGULAR, 12));
        Paragraph issuing = centred(issuer.toUpperCase(ReportHeading.VIETNAMESE), BOLD, 12);
        left.addElement(issuing);
        left.addElement(rule(33));
        Paragraph number = centred("Số:        /" + heading.numberSuffix(), REGULAR, 13);
        number.setSpacingBefore(6);
        left.addElement(number);
        table.addCell(left);

        PdfPCell right = cell();
        right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD, 12));
        String motto = "Độc lập - Tự do - Hạnh phúc";
        right.addElement(centred(motto, BOLD, 13));
        float mottoWidth = BOLD.getWidthPoint(nfc(motto), 13);
        right.addElement(rule(100 * mottoWidth / (width * 3 / 5)));
        Paragraph date = centred(placeAndDate(heading.place(), document.generatedAt().toLocalDate()), ITALIC, 13);
        date.setSpacingBefore(6);
        right.addElement(date);
        table.addCell(right);
        add(pdf, table);
    }

    /** "Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2026": leading zeros for days below 10 and months 1–2. */
    static String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
    }

    private void body(Document pdf) {
        ProgressReport report = document.report();
        Paragraph title = centred("BÁO CÁO", BOLD, 14);
        title.setSpacingBefore(18);
        add(pdf, title);
        add(pdf, centred("Tiến độ thực hiện phong trào \"Bình dân học vụ số\" năm " + report.year(), BOLD, 14));
        add(pdf, rule(30));
        Paragraph intro = paragraph("Ban Chỉ đạo báo cáo tiến độ thực hiện phong trào \"Bình dân học vụ số\" năm "
                + report.year() + " của " + report.unitName() + (report.commune() == null ? "" : " ("
                        + report.province().name() + ")")
                + ", theo số liệu các xã, phường ghi nhận trên nền tảng đến thời điểm lập báo cáo ("
                + String.format("%02d/%02d/%d", document.generatedAt().getDayOfMonth(),
                        document.generatedAt().getMonthValue(), document.generatedAt().getYear())
                + "), như sau:", REGULAR, 13);
        intro.setSpacingBefore(12);
        add(pdf, intro);
        add(pdf, heading("1. Kết quả theo chỉ tiêu và nhóm đối tượng"));
    }

    private void summaryTable(Document pdf) {
        PdfPTable table = new PdfPTable(new float[] { 0.6f, 3.1f, 2.6f, 1.2f, 1.3f, 1.1f, 1.2f, 1.6f });
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String name : List.of("TT", "Chỉ tiêu", "Nhóm đối tượng", "Chỉ tiêu", "Thực hiện", "% so với chỉ tiêu",
                "Dự báo 31/12", "Trạng thái")) {
            table.addCell(headerCell(name));
        }
        int number = 1;
        for (ProgressValue value : document.report().rows()) {
            table.addCell(bodyCell(String.valueOf(number++), Element.ALIGN_CENTER));
            table.addCell(bodyCell(value.indicator().nameVi(), Element.ALIGN_LEFT));
            table.addCell(bodyCell(ExportTexts.group(value), Element.ALIGN_LEFT));
            table.addCell(bodyCell(target(value), Element.ALIGN_RIGHT));
            table.addCell(bodyCell(measure(value), Element.ALIGN_RIGHT));
            table.addCell(bodyCell(percent(value.percentOfTarget()), Element.ALIGN_RIGHT));
            table.addCell(bodyCell(value.projection() == null ? "" : share(value) ? percent(value.projection())
                    : count(value.projection()), Element.ALIGN_RIGHT));
            table.addCell(bodyCell(ExportTexts.status(value.status()), Element.ALIGN_LEFT));
        }
        add(pdf, table);
    }

    /** Bars of % of target, one per row that has a target, drawn on the page (no image file). */
    private void chart(Document pdf, PdfWriter writer) {
        List<ProgressValue> bars = document.report().rows().stream().filter(v -> v.percentOfTarget() != null)
                .toList();
        if (bars.isEmpty()) {
            return;
        }
        add(pdf, heading("2. Tỷ lệ hoàn thành chỉ tiêu theo nhóm đối tượng (% so với chỉ tiêu)"));
        float width = pdf.right() - pdf.left();
        float barHeight = 12;
        float step = 18;
        float height = bars.size() * step + 24;
        float labelWidth = width * 0.45f;
        float barsWidth = width - labelWidth - 40;
        BigDecimal top = bars.stream().map(ProgressValue::percentOfTarget).max(BigDecimal::compareTo).orElseThrow()
                .max(BigDecimal.valueOf(100));
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        for (int i = 0; i < bars.size(); i++) {
            ProgressValue value = bars.get(i);
            float y = height - (i + 1) * step;
            String label = shortName(value);
            chart.beginText();
            chart.setFontAndSize(REGULAR, 9);
            chart.showTextAligned(PdfContentByte.ALIGN_RIGHT, fit(label, labelWidth - 6, 9), labelWidth - 6, y + 3, 0);
            chart.endText();
            float length = value.percentOfTarget().floatValue() / top.floatValue() * barsWidth;
            chart.setColorFill(color(value.status()));
            chart.rectangle(labelWidth, y, Math.max(length, 0.5f), barHeight);
            chart.fill();
            chart.beginText();
            chart.setColorFill(Color.BLACK);
            chart.setFontAndSize(REGULAR, 9);
            chart.showTextAligned(PdfContentByte.ALIGN_LEFT, percent(value.percentOfTarget()),
                    labelWidth + length + 3, y + 3, 0);
            chart.endText();
        }
        // the 100 % line and the scale
        float hundred = labelWidth + 100 / top.floatValue() * barsWidth;
        chart.setColorStroke(GREY);
        chart.setLineWidth(0.75f);
        chart.setLineDash(3, 2, 0);
        chart.moveTo(hundred, 14);
        chart.lineTo(hundred, height - 2);
        chart.stroke();
        chart.beginText();
        chart.setColorFill(GREY);
        chart.setFontAndSize(REGULAR, 8);
        chart.showTextAligned(PdfContentByte.ALIGN_CENTER, "100%", hundred, 3, 0);
        chart.endText();
        try {
            Image image = Image.getInstance(chart);
            image.setSpacingBefore(4);
            add(pdf, image);
        }
        catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** "Nơi nhận:" and its list on the left, the signature block on the right. */
    private void closing(Document pdf) {
        ReportHeading heading = document.heading();
        PdfPTable table = new PdfPTable(new float[] { 1f, 1f });
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        PdfPCell recipients = cell();
        recipients.addElement(paragraph("Nơi nhận:", BOLD_ITALIC, 12));
        for (String line : heading.recipientLines()) {
            recipients.addElement(paragraph(line, REGULAR, 11));
        }
        table.addCell(recipients);
        PdfPCell signature = cell();
        signature.addElement(centred(heading.signerAuthority().toUpperCase(ReportHeading.VIETNAMESE), BOLD, 13));
        signature.addElement(centred(heading.signerTitle().toUpperCase(ReportHeading.VIETNAMESE), BOLD, 13));
        Paragraph name = centred(heading.signerName().isBlank() ? " " : heading.signerName(), BOLD, 13);
        name.setSpacingBefore(64);
        signature.addElement(name);
        table.addCell(signature);
        add(pdf, table);
    }

    /** The per-commune table on landscape pages, its header row repeated on every page. */
    private void annex(Document pdf) {
        ProgressReport report = document.report();
        pdf.setPageSize(PageSize.A4.rotate());
        pdf.newPage();
        add(pdf, centred("PHỤ LỤC", BOLD, 14));
        add(pdf, centred("Tiến độ theo xã, phường của " + report.unitName() + " năm " + report.year(), BOLD, 13));
        Paragraph note = centred("(Kèm theo Báo cáo của " + document.heading().issuingBody()
                + "; mỗi cột: % so với chỉ tiêu, hoặc số thực hiện khi chưa có chỉ tiêu)", ITALIC, 12);
        note.setSpacingAfter(6);
        add(pdf, note);
        List<ProgressValue> rows = report.rows();
        for (int from = 0; from < rows.size(); from += COLUMNS_PER_TABLE) {
            int to = Math.min(rows.size(), from + COLUMNS_PER_TABLE);
            float[] widths = new float[3 + to - from];
            widths[0] = 0.6f;
            widths[1] = 0.9f;
            widths[2] = 2.6f;
            for (int i = 3; i < widths.length; i++) {
                widths[i] = 1.5f;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(8);
            table.addCell(headerCell("TT"));
            table.addCell(headerCell("Mã xã"));
            table.addCell(headerCell("Xã, phường"));
            for (int i = from; i < to; i++) {
                table.addCell(headerCell(shortName(rows.get(i))));
            }
            int number = 1;
            for (ProgressReport.CommuneRows commune : report.communes()) {
                table.addCell(bodyCell(String.valueOf(number++), Element.ALIGN_CENTER));
                table.addCell(bodyCell(commune.commune().code(), Element.ALIGN_CENTER));
                table.addCell(bodyCell(commune.commune().name(), Element.ALIGN_LEFT));
                for (int i = from; i < to; i++) {
                    ProgressValue value = commune.values().get(i);
                    table.addCell(bodyCell(value.percentOfTarget() != null ? percent(value.percentOfTarget())
                            : measure(value), Element.ALIGN_RIGHT));
                }
            }
            add(pdf, table);
        }
    }

    /** The page number at the top centre, from the second page on. */
    private final class PageNumbers extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document pdf) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            Rectangle size = pdf.getPageSize();
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(REGULAR, 13);
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(page),
                    (pdf.left() + pdf.right()) / 2, size.getHeight() - 12 * MM, 0);
            canvas.endText();
        }
    }

    private Paragraph heading(String text) {
        Paragraph heading = paragraph(text, BOLD, 13);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        return heading;
    }

    private PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), new Font(BOLD, 10)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(new Color(0xDD, 0xEB, 0xF7));
        cell.setPadding(3);
        return cell;
    }

    private PdfPCell bodyCell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), new Font(REGULAR, 10)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Paragraph centred(String text, BaseFont font, float size) {
        Paragraph paragraph = paragraph(text, font, size);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Paragraph paragraph(String text, BaseFont font, float size) {
        Paragraph paragraph = new Paragraph(nfc(text), new Font(font, size));
        paragraph.setLeading(size * 1.2f);
        return paragraph;
    }

    /** A centred rule just under the line before, {@code percent} of the column wide. */
    private static Paragraph rule(float percent) {
        Chunk line = new Chunk(new LineSeparator(0.6f, Math.min(100, percent), Color.BLACK, Element.ALIGN_CENTER, 0));
        line.setFont(new Font(REGULAR, 6));
        Paragraph rule = new Paragraph(line);
        rule.setLeading(7);
        return rule;
    }

    private static void add(Document pdf, Element element) {
        try {
            pdf.add(element);
        }
        catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private String fit(String text, float width, float size) {
        String fitted = nfc(text);
        while (fitted.length() > 3 && REGULAR.getWidthPoint(fitted, size) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }

    private static String shortName(ProgressValue value) {
        return value.indicator().nameVi() + (value.group() == null ? "" : " – " + value.group().nameVi());
    }

    private static boolean share(ProgressValue value) {
        return value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP;
    }

    private static String target(ProgressValue value) {
        return value.target() == null ? "–" : share(value) ? percent(value.target()) : count(value.target());
    }

    private static String measure(ProgressValue value) {
        return share(value) ? (value.share() == null ? count(BigDecimal.valueOf(value.actual())) + " người"
                : percent(value.share())) : count(BigDecimal.valueOf(value.actual()));
    }

    private static Color color(ProgressStatus status) {
        return switch (status) {
            case ON_TRACK -> ON_TRACK;
            case AT_RISK -> AT_RISK;
            case BEHIND -> BEHIND;
            default -> GREY;
        };
    }

    /** 45,2% as written in Vietnamese. */
    static String percent(BigDecimal value) {
        return value == null ? "–" : decimal("#,##0.0").format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** 1.234.567 as written in Vietnamese. */
    static String count(BigDecimal value) {
        return decimal("#,##0").format(value.setScale(0, RoundingMode.HALF_UP));
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(ReportHeading.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The font from the classpath (openpdf-fonts-extra), embedded with Identity-H encoding. */
    private static BaseFont font(String file) {
        try (InputStream in = PdfReport.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (DocumentException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
