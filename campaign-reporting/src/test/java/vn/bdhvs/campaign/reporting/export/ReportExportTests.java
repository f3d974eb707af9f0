package vn.bdhvs.campaign.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.planning.BaselineInput;
import vn.bdhvs.campaign.core.planning.CreateTargetGroupCmd;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.reporting.PlanFixture;
import vn.bdhvs.campaign.reporting.progress.ProgressReport;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

/**
 * The exported reports of Hồ Chí Minh City read back: the XLSX with Apache POI, the PDF with
 * PDFBox, the CSV with Commons CSV, each compared with the progress engine's figures; scope; formula
 * neutralisation; the history giving back the same bytes after the data changed.
 */
class ReportExportTests extends PlanFixture {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    static boolean prepared;

    @Autowired
    ReportService reports;

    @Autowired
    ReportSettings settings;

    int year;

    List<CommuneSummary> communes;

    Actor manager;

    @BeforeEach
    void hoChiMinhCity() {
        year = LocalDate.now(clock).getYear() - 1;
        communes = geography.province(UnitScope.nation(), "79").communes();
        manager = new Actor("quanly.79", Role.MANAGER, UnitScope.province(communes.get(0).provinceId()));
        if (prepared) {
            return;
        }
        prepared = true;
        long hcm = communes.get(0).provinceId();
        catalog.createGroup(ADMIN, new CreateTargetGroupCmd("INJECT", FORMULA, "Injection"));
        for (String code : List.of("ADULTS", "ELDERLY", "INJECT")) {
            TargetGroup group = group(code);
            setTarget(hcm, year, "TRAINED_SHARE", group, code.equals("ELDERLY") ? "40" : "50");
            baselines.save(ADMIN, hcm, null, year, List.of(new BaselineInput(group.id(), "20", null)));
        }
        setTarget(hcm, year, "CLASSES_HELD", null, "12");
        complete(communes.get(0), group("ADULTS"), LocalDate.of(year, 3, 10), 3);
        complete(communes.get(1), group("ELDERLY"), LocalDate.of(year, 6, 20), 2);
        complete(communes.get(2), group("INJECT"), LocalDate.of(year, 9, 1), 1);
    }

    @Test
    void shouldWriteEveryFigureAsATypedCellEqualToTheEngine() throws IOException {
        ProgressReport engine = reports.figures(manager, request("79"));
        assertThat(engine.rows()).extracting(v -> v.group() == null ? "" : v.group().code())
                .contains("ADULTS", "ELDERLY", "INJECT", "");
        ReportService.StoredReport file = reports.generate(manager, request("79"), ReportFormat.XLSX);
        assertThat(file.fileName()).startsWith("bao-cao-tien-do-79-" + year).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("BÌNH DÂN HỌC VỤ SỐ")
                    .contains(String.valueOf(year));
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).contains("Thành phố Hồ Chí Minh (79)");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).contains("quanly.79");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 7);
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).startsWith("A7:O");
            assertThat(summary.getColumnWidth(0)).isEqualTo(42 * 256);
            for (int i = 0; i < engine.rows().size(); i++) {
                ProgressValue value = engine.rows().get(i);
                Row row = summary.getRow(7 + i);
                boolean share = value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP;
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(value.indicator().code());
                assertThat(text(row.getCell(2))).isEqualTo(value.group() == null ? ExportTexts.ALL_GROUPS
                        : CellText.safe(value.group().nameVi()));
                assertNumber(row.getCell(5), share ? fraction(value.target()) : value.target(), share);
                assertNumber(row.getCell(6), BigDecimal.valueOf(value.actual()), false);
                assertNumber(row.getCell(7), BigDecimal.valueOf(value.actual()), false);
                assertNumber(row.getCell(8), value.baseline() == null ? null : BigDecimal.valueOf(value.baseline()),
                        false);
                assertNumber(row.getCell(9), fraction(value.share()), true);
                assertNumber(row.getCell(10), share ? fraction(value.share()) : value.measure(), share);
                assertNumber(row.getCell(11), share ? fraction(value.target()) : value.target(), share);
                assertNumber(row.getCell(12), fraction(value.percentOfTarget()), true);
                if (share) {
                    assertNumber(row.getCell(13), fraction(value.projection()), true);
                }
                else if (value.projection() != null) {
                    assertThat(BigDecimal.valueOf(row.getCell(13).getNumericCellValue()))
                            .isEqualByComparingTo(value.projection());
                }
                assertThat(row.getCell(14).getStringCellValue()).isEqualTo(ExportTexts.status(value.status()));
            }
            Sheet perCommune = workbook.getSheet("Theo xã, phường");
            assertThat(perCommune.getLastRowNum()).isEqualTo(7 + engine.communes().size() - 1);
            for (int c = 0; c < engine.communes().size(); c++) {
                ProgressReport.CommuneRows commune = engine.communes().get(c);
                Row row = perCommune.getRow(7 + c);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(commune.commune().code());
                for (int i = 0; i < commune.values().size(); i++) {
                    ProgressValue value = commune.values().get(i);
                    boolean share = value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP;
                    assertNumber(row.getCell(2 + 3 * i), share ? fraction(value.share())
                            : BigDecimal.valueOf(value.actual()), share);
                    assertNumber(row.getCell(4 + 3 * i), fraction(value.percentOfTarget()), true);
                }
            }
            Sheet months = workbook.getSheet("Tháng TRAINED_SHARE");
            assertThat(months.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Người dân trong độ tuổi trưởng thành");
            assertThat(months.getRow(7).getCell(12).getNumericCellValue()).isEqualTo(0.15);
        }
    }

    @Test
    void shouldWriteAnOfficialReportInVietnameseWithItsFontsEmbedded() throws IOException {
        ReportService.StoredReport file = reports.generate(manager, request("79"), ReportFormat.PDF);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-79.pdf"), file.content());
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            // text wrapped inside a table cell comes back on two lines: compare with single spaces
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Bình dân học vụ số", "Thành phố Hồ Chí Minh", "Người cao tuổi", "UBND THÀNH PHỐ HỒ CHÍ MINH",
                    "BÁO CÁO", "Nơi nhận:", "Lưu: VT, BCĐ.", "TRƯỞNG BAN", "PHỤ LỤC",
                    Normalizer.normalize(communes.get(0).name(), Normalizer.Form.NFC));
            assertThat(text).containsPattern("Thành phố Hồ Chí Minh, ngày \\d{2} tháng (0[12]|[3-9]|1[0-2]) năm \\d{4}");
            assertThat(landscape(pdf.getPage(0))).isFalse();
            assertThat(landscape(pdf.getPage(pdf.getNumberOfPages() - 1))).isTrue();
            // A4, margins 20 mm top and bottom (the page number sits in the top margin)
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getSubType()).isEqualTo("Type0");
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSerif"));
            // the annex repeats its header on every page and page numbers start on page 2
            PDFTextStripper second = new PDFTextStripper();
            second.setSortByPosition(true);
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(pdf).strip()).startsWith("2");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            lastPage.setEndPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf)).contains("Mã xã", "Xã, phường");
        }
    }

    @Test
    void shouldWriteACsvWithABomCodesAndNamesAndNeutralisedText() throws IOException {
        ProgressReport engine = reports.figures(manager, request("79"));
        ReportService.StoredReport file = reports.generate(manager, request("79"), ReportFormat.CSV);
        byte[] bytes = file.content();
        assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).hasSize(engine.rows().size() * (1 + engine.communes().size()));
        for (int i = 0; i < engine.rows().size(); i++) {
            ProgressValue value = engine.rows().get(i);
            CSVRecord record = records.get(i);
            assertThat(record.get("ma_don_vi")).isEqualTo("79");
            assertThat(record.get("cap")).isEqualTo("TINH");
            assertThat(record.get("ma_chi_tieu")).isEqualTo(value.indicator().code());
            assertThat(Long.parseLong(record.get("thuc_hien"))).isEqualTo(value.actual());
            assertThat(record.get("ma_trang_thai")).isEqualTo(value.status().name());
            if (value.percentOfTarget() != null) {
                assertThat(new BigDecimal(record.get("phan_tram_chi_tieu"))).isEqualByComparingTo(value.percentOfTarget());
            }
        }
        assertThat(records).filteredOn(r -> r.get("ma_nhom").equals("INJECT")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("ten_nhom")).isEqualTo("'" + FORMULA));
    }

    @Test
    void shouldNeutraliseFormulaTextInTheWorkbook() throws IOException {
        ReportService.StoredReport file = reports.generate(manager, request("79"), ReportFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            List<String> texts = new ArrayList<>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
            assertThat(texts).contains("'" + FORMULA).noneMatch(t -> t.startsWith("="));
        }
    }

    @Test
    void shouldKeepEveryExportWithinItsScopeWhateverTheParametersSay() {
        Actor otherManager = new Actor("quanly.01", Role.MANAGER,
                UnitScope.province(geography.findProvince("01").orElseThrow().id()));
        String hcmCommune = communes.get(0).code();
        for (ReportFormat format : ReportFormat.values()) {
            assertThatThrownBy(() -> reports.generate(otherManager, request("79"), format))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reports.generate(otherManager, request(hcmCommune), format))
                    .isInstanceOf(NotFoundException.class);
        }
        Actor official = new Actor("xa." + hcmCommune, Role.COMMUNE_OFFICIAL,
                UnitScope.commune(communes.get(0).provinceId(), communes.get(0).id()));
        assertThat(reports.generate(official, request(hcmCommune), ReportFormat.CSV).content()).isNotEmpty();
        assertThatThrownBy(() -> reports.generate(official, request("79"), ReportFormat.PDF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.generate(official, request(communes.get(1).code()), ReportFormat.PDF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.figures(manager, request("7")))
                .isInstanceOf(NotFoundException.class);

        long kept = reports.generate(manager, request("79"), ReportFormat.CSV).id();
        assertThat(reports.history(otherManager)).extracting(ReportService.ReportEntry::id).doesNotContain(kept);
        assertThatThrownBy(() -> reports.file(otherManager, kept)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.file(official, kept)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldGiveBackAKeptReportByteForByteAfterTheFiguresChanged() {
        ReportService.StoredReport first = reports.generate(manager, request("79"), ReportFormat.XLSX);
        ReportService.StoredReport firstCsv = reports.generate(manager, request("79"), ReportFormat.CSV);
        complete(communes.get(3), group("ADULTS"), LocalDate.of(year, 11, 5), 1);
        assertThat(reports.file(manager, first.id()).content()).isEqualTo(first.content());
        assertThat(reports.file(manager, firstCsv.id()).content()).isEqualTo(firstCsv.content());
        assertThat(reports.generate(manager, request("79"), ReportFormat.CSV).content())
                .isNotEqualTo(firstCsv.content());
        assertThat(reports.history(manager)).extracting(ReportService.ReportEntry::id).contains(first.id(),
                firstCsv.id());
    }

    @Test
    void shouldSignWithTheHeadingTheProvinceSet() throws IOException {
        Actor staff = new Actor("bcd.79", Role.PROVINCE_STAFF, manager.scope());
        ReportSettings.Stored before = settings.settings(staff, "79");
        settings.save(staff, "79", new ReportHeading("UBND THÀNH PHỐ HỒ CHÍ MINH", "BAN CHỈ ĐẠO THÀNH PHỐ", "BC-BCĐTP",
                "Thành phố Hồ Chí Minh", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Văn Ký",
                "- Ban Chỉ đạo Trung ương;\n- Lưu: VT, BCĐTP."), before.version());
        ReportService.StoredReport file = reports.generate(manager, request("79"), ReportFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("BAN CHỈ ĐẠO THÀNH PHỐ", "/BC-BCĐTP", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                    "Trần Văn Ký", "Lưu: VT, BCĐTP.");
        }
        assertThatThrownBy(() -> settings.save(manager, "79", ReportHeading.defaults(before.province()), 1))
                .isInstanceOf(vn.bdhvs.campaign.core.common.ForbiddenException.class);
        assertThatThrownBy(() -> settings.save(staff, "79", ReportHeading.defaults(before.province()), 0))
                .isInstanceOf(vn.bdhvs.campaign.core.common.ConcurrentChangeException.class);
    }

    @Test
    void shouldWriteTheDateLineAsDecreeThirtyAsksWithLeadingZerosForEarlyDaysAndMonths() {
        assertThat(PdfReport.placeAndDate("Thành phố Hồ Chí Minh", LocalDate.of(2026, 1, 5)))
                .isEqualTo("Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2026");
        assertThat(PdfReport.placeAndDate("Phú Thọ", LocalDate.of(2026, 2, 28)))
                .isEqualTo("Phú Thọ, ngày 28 tháng 02 năm 2026");
        assertThat(PdfReport.placeAndDate("Phú Thọ", LocalDate.of(2026, 3, 9)))
                .isEqualTo("Phú Thọ, ngày 09 tháng 3 năm 2026");
        assertThat(PdfReport.placeAndDate("Hà Nội", LocalDate.of(2025, 12, 31)))
                .isEqualTo("Hà Nội, ngày 31 tháng 12 năm 2025");
    }

    private ReportService.ReportRequest request(String unit) {
        return new ReportService.ReportRequest(unit, year, true, Set.of(), Set.of());
    }

    private static void assertNumber(Cell cell, BigDecimal expected, boolean percent) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(percent ? "0.0%" : "#,##0");
    }

    /** Whether the page shows wider than high, its rotation taken into account. */
    private static boolean landscape(PDPage page) {
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
        float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
        return width > height;
    }

    private static String text(Cell cell) {
        return cell.getStringCellValue();
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    private void complete(CommuneSummary commune, TargetGroup group, LocalDate on, int people) {
        long classId = training.create(ADMIN, commune.code(), new ClassCmd("Lớp báo cáo " + UUID.randomUUID(),
                Topic.VNEID, ClassFormat.IN_PERSON, Organiser.DIGITAL_TECH_TEAM, List.of(group.id()), on.minusDays(7),
                on, null, 30, null, UUID.randomUUID().toString()));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            ids.add(learners.register(ADMIN, commune.code(), new RegisterLearnerCmd("Người báo cáo " + UUID.randomUUID(),
                    1950, Gender.FEMALE, group.id(), null, null, null, UUID.randomUUID().toString())).learner().id());
        }
        enrollments.enroll(ADMIN, classId, ids, false);
        training.detail(ADMIN, classId).enrollments().forEach(e -> enrollments.complete(ADMIN, e.id(), on, "Học bù",
                e.version()));
    }


}
