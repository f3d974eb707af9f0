package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.common.SheetReader;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ImportFileException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** Imports as background jobs on PostgreSQL: upload, mapping, dry run, import, history, error file, restart. */
class ImportJobsTests extends CommuneFixture {

    static final String HEADER = "Họ và tên,Năm sinh,Giới tính,Nhóm đối tượng,Ghi chú riêng\n";

    @Autowired
    ImportJobs jobs;

    @Test
    void shouldCheckThenImportAFileAsAJobAndFlagTheSameFileUploadedAgain() {
        Actor official = official("09025");
        String name = "Người Việc " + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] file = (HEADER + name + " A,1970,Nam,ADULTS,x\n" + name + " B,1980,Nữ,ADULTS,\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportJob job = jobs.upload(official, ImportKind.LEARNERS, "danh-sach.csv", file);
        assertThat(job.status()).isEqualTo(ImportJobStatus.READY);
        assertThat(job.rowsTotal()).isEqualTo(2);
        assertThat(job.workbook()).isFalse();
        assertThat(job.mapping().columns()).containsEntry("fullName", 0).containsEntry("group", 3)
                .doesNotContainValue(4);
        assertThat(jobs.sameFile(official, job)).isEmpty();

        jobs.check(official, job.id(), job.version(), job.mapping(), null);
        ImportJob checked = awaitDone(official, job.id());
        assertThat(checked).extracting(ImportJob::status, ImportJob::created, ImportJob::errorRows, ImportJob::rowsDone)
                .containsExactly(ImportJobStatus.CHECKED, 2, 0, 2);
        assertThat(count(name)).isZero();

        assertThatThrownBy(() -> jobs.commit(official, job.id(), job.version(), false))
                .isInstanceOf(ConcurrentChangeException.class);
        jobs.commit(official, job.id(), checked.version(), false);
        ImportJob imported = awaitDone(official, job.id());
        assertThat(imported.status()).isEqualTo(ImportJobStatus.IMPORTED);
        assertThat(imported.committedBy()).isEqualTo(official.username());
        assertThat(count(name)).isEqualTo(2);

        ImportJob again = jobs.upload(official, ImportKind.LEARNERS, "danh-sach (1).csv", file);
        assertThat(jobs.sameFile(official, again)).extracting(ImportJob::id).containsExactly(job.id());
        assertThat(jobs.history(official)).extracting(ImportJob::id).startsWith(again.id(), job.id());
    }

    @Test
    void shouldImportOnlyTheValidRowsWhenChosenAndHandBackTheRejectedRowsWithTheirReasons() {
        Actor official = official("09025");
        String name = "Người Lỗi " + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] file = (HEADER + name + " A,1970,Nam,ADULTS,\n" + name + " B,1890,Nữ,ADULTS,ghi chú\n" + name
                + " C,1985,Không rõ,ADULTS,\n").getBytes(StandardCharsets.UTF_8);
        ImportJob job = jobs.upload(official, ImportKind.LEARNERS, "lop-3.csv", file);
        jobs.check(official, job.id(), job.version(), job.mapping(), null);
        ImportJob checked = awaitDone(official, job.id());
        assertThat(checked.errorRows()).isEqualTo(2);
        assertThat(jobs.errors(official, job.id(), 1).errors()).extracting(RowError::row, RowError::column, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Năm sinh", "learner.birthYear.range"),
                        org.assertj.core.groups.Tuple.tuple(4, "Giới tính", "import.value.gender"));
        assertThat(jobs.errors(official, job.id(), 2)).extracting(ImportJobs.ErrorPage::page,
                ImportJobs.ErrorPage::pages, ImportJobs.ErrorPage::total).containsExactly(1, 1, 2);

        SheetFile errors = jobs.errorFile(official, job.id(), e -> "lý do " + e.code());
        assertThat(errors.name()).isEqualTo("lop-3-loi.xlsx");
        List<List<String>> rows = read(errors.content());
        assertThat(rows).containsExactly(
                List.of("Họ và tên", "Năm sinh", "Giới tính", "Nhóm đối tượng", "Ghi chú riêng", "Lỗi"),
                List.of(name + " B", "1890", "Nữ", "ADULTS", "ghi chú", "Năm sinh: lý do learner.birthYear.range"),
                List.of(name + " C", "1985", "Không rõ", "ADULTS", "", "Giới tính: lý do import.value.gender"));

        assertThatThrownBy(() -> jobs.commit(official, job.id(), checked.version(), false))
                .isInstanceOf(DomainException.class).hasMessageContaining("import.job.validOnlyRequired");
        jobs.commit(official, job.id(), checked.version(), true);
        ImportJob imported = awaitDone(official, job.id());
        assertThat(imported).extracting(ImportJob::status, ImportJob::validOnly, ImportJob::created)
                .containsExactly(ImportJobStatus.IMPORTED, true, 1);
        assertThat(count(name)).isEqualTo(1);
        assertThat(jdbc.sql("select after_state->>'validOnly' from audit_log where action = 'IMPORT' and actor = ?"
                + " order by id desc limit 1").param(official.username()).query(String.class).single())
                .isEqualTo("true");
    }

    @Test
    void shouldMarkAJobInterruptedByAStopAsFailedWithNothingWrittenAndRunItAgain() {
        Actor official = official("09025");
        String name = "Người Gián Đoạn " + ThreadLocalRandom.current().nextInt(1_000_000);
        ImportJob job = jobs.upload(official, ImportKind.LEARNERS, "x.csv",
                (HEADER + name + ",1970,Nam,ADULTS,\n").getBytes(StandardCharsets.UTF_8));
        // as the process would leave it when it stops during the import
        jdbc.sql("update import_job set status = 'IMPORTING', rows_done = 1 where id = ?").param(job.id()).update();

        assertThat(jobs.failInterrupted()).isGreaterThanOrEqualTo(1);
        ImportJob failed = jobs.job(official, job.id());
        assertThat(failed.status()).isEqualTo(ImportJobStatus.FAILED);
        assertThat(failed.failure().code()).isEqualTo("import.job.interrupted");
        assertThat(count(name)).isZero();

        jobs.check(official, job.id(), failed.version(), failed.mapping(), null);
        ImportJob checked = awaitDone(official, job.id());
        jobs.commit(official, job.id(), checked.version(), false);
        assertThat(awaitDone(official, job.id()).status()).isEqualTo(ImportJobStatus.IMPORTED);
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void shouldMapColumnsByHandAndApplyASavedMappingByHeader() {
        Actor official = new Actor("xa.anhxa." + ThreadLocalRandom.current().nextInt(1_000_000),
                Role.COMMUNE_OFFICIAL, official("09025").scope());
        byte[] file = "Người,Sinh,Phái,Diện\nTrần Văn Ánh Xạ,1960,Nam,ELDERLY\n".getBytes(StandardCharsets.UTF_8);
        ImportJob job = jobs.upload(official, ImportKind.LEARNERS, "tu-dat.csv", file);
        assertThat(job.mapping().missing(ImportKind.LEARNERS)).extracting(ImportField::key)
                .containsExactly("fullName", "birthYear", "gender", "group");
        assertThatThrownBy(() -> jobs.check(official, job.id(), job.version(),
                new ColumnMapping(Map.of("fullName", 0, "birthYear", 0, "gender", 2, "group", 3)), null))
                .hasMessageContaining("import.mapping.columnTwice");
        assertThatThrownBy(() -> jobs.check(official, job.id(), job.version(),
                new ColumnMapping(Map.of("fullName", 0, "birthYear", 1, "gender", 2)), null))
                .hasMessageContaining("import.mapping.missing");

        ColumnMapping byHand = new ColumnMapping(Map.of("fullName", 0, "birthYear", 1, "gender", 2, "group", 3));
        jobs.check(official, job.id(), job.version(), byHand, "Mẫu của xã");
        assertThat(awaitDone(official, job.id()).created()).isEqualTo(1);

        byte[] reordered = "Diện,Người,Phái,Sinh\nELDERLY,Trần Văn Khác,Nữ,1961\n".getBytes(StandardCharsets.UTF_8);
        ImportJob second = jobs.upload(official, ImportKind.LEARNERS, "tu-dat-2.csv", reordered);
        assertThat(jobs.savedMappings(official, ImportKind.LEARNERS)).containsOnlyKeys("Mẫu của xã");
        assertThat(jobs.savedMapping(official, second, "Mẫu của xã").columns())
                .isEqualTo(Map.of("fullName", 1, "birthYear", 3, "gender", 2, "group", 0));
    }

    @Test
    void shouldKeepJobsWithinTheirScopeAndNeverLetAManagerImport() {
        Actor official = official("09025");
        ImportJob job = jobs.upload(official, ImportKind.LEARNERS, "rieng.csv",
                (HEADER + "Ai Đó,1970,Nam,ADULTS,\n").getBytes(StandardCharsets.UTF_8));
        CommuneSummary commune = geography.findCommune("09025").orElseThrow();
        Actor otherCommune = official("09040");
        Actor otherProvince = new Actor("tinh.khac", Role.PROVINCE_STAFF, UnitScope.province(commune.provinceId() + 1));
        Actor staff = new Actor("tinh.nay", Role.PROVINCE_STAFF, UnitScope.province(commune.provinceId()));
        Actor manager = new Actor("quanly", Role.MANAGER, UnitScope.province(commune.provinceId()));

        assertThatThrownBy(() -> jobs.job(otherCommune, job.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.job(otherProvince, job.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.errorFile(otherProvince, job.id(), e -> "")).isInstanceOf(NotFoundException.class);
        assertThat(jobs.history(otherProvince)).extracting(ImportJob::id).doesNotContain(job.id());
        assertThat(jobs.job(staff, job.id()).fileName()).isEqualTo("rieng.csv");
        assertThatThrownBy(() -> jobs.history(manager)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> jobs.upload(manager, ImportKind.LEARNERS, "m.csv", HEADER.getBytes()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void shouldRefuseAnUnreadableFileAtUploadAndKeepNothing() {
        Actor official = official("09025");
        long before = jdbc.sql("select count(*) from import_job").query(Long.class).single();
        assertThatThrownBy(() -> jobs.upload(official, ImportKind.LEARNERS, "chi-tieu-de.csv",
                HEADER.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("import.file.headerOnly");
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void shouldOfferATemplateWithVietnameseHeadersAndExamplesInNotesButNoRowToImportByMistake() throws IOException {
        SheetFile template = SheetFile.template(ImportKind.LEARNERS);
        assertThat(header(template.content())).containsExactly(List.of("Xã/phường", "Huyện cũ", "Tỉnh/thành", "Họ và tên", "Năm sinh",
                "Giới tính", "Nhóm đối tượng", "Số điện thoại", "Số CCCD"));
        assertThat(entries(template.content())).anySatisfy(xml -> assertThat(xml)
                .contains("Bắt buộc. Ví dụ: Nguyễn Thị Lan").contains("Không bắt buộc. Ví dụ: 079180001234"));
        // uploaded untouched, it is refused: nobody is imported from the example
        assertThatThrownBy(() -> jobs.upload(official("09025"), ImportKind.LEARNERS, template.name(),
                template.content())).isInstanceOfSatisfying(ImportFileException.class,
                        ex -> assertThat(ex.code()).isEqualTo("import.file.headerOnly"));
    }

    @Test
    void shouldOfferATemplateForEveryKindWhoseHeadersAreAllRecognised() throws IOException {
        for (ImportKind kind : ImportKind.values()) {
            SheetFile template = SheetFile.template(kind);
            assertThat(template.name()).endsWith(".xlsx");
            byte[] filled = SheetWriter.write("Mẫu", header(template.content()).get(0), List.of(), List.of(),
                    List.of(kind.fields().stream().map(ImportField::example).toList()));
            ImportJob job = jobs.upload(official("09025"), kind, template.name(), filled);
            assertThat(job.mapping().columns()).as(kind.name()).hasSize(kind.fields().size());
            assertThat(job.rowsTotal()).isEqualTo(1);
        }
    }

    @Test
    void shouldEraseUploadedFilesAfterTheDaysTheyAreKeptButKeepTheJobsFiguresAndMaskedErrors() {
        Actor official = official("09025");
        String name = "Người Xoá " + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] file = ("Họ và tên,Năm sinh,Giới tính,Nhóm đối tượng,Số CCCD\n" + name + ",1970,Nam,ADULTS,07918000123\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportJob job = jobs.upload(official, ImportKind.LEARNERS, "co-cccd.csv", file);
        jobs.check(official, job.id(), job.version(), job.mapping(), null);
        ImportJob checked = awaitDone(official, job.id());
        // the error keeps the citizen ID masked; the file itself holds it in clear
        assertThat(jobs.errors(official, job.id(), 1).errors()).extracting(RowError::value)
                .containsExactly("079••••••23");
        assertThat(jobs.eraseOldFiles()).isZero();
        assertThat(jobs.errorFile(official, job.id(), RowError::code).content()).isNotEmpty();

        jdbc.sql("update import_job set uploaded_at = uploaded_at - interval '8 days' where id = ?").param(job.id())
                .update();
        assertThat(jobs.eraseOldFiles()).isPositive();
        assertThat(jdbc.sql("select content is null from import_job where id = ?").param(job.id())
                .query(Boolean.class).single()).isTrue();
        ImportJob erased = jobs.job(official, job.id());
        assertThat(erased.fileErasedAt()).isNotNull();
        assertThat(erased).extracting(ImportJob::errorRows, ImportJob::checkable, ImportJob::importable)
                .containsExactly(1, false, false);
        assertThat(jobs.errors(official, job.id(), 1).total()).isEqualTo(1);
        for (Runnable refused : List.<Runnable>of(() -> jobs.errorFile(official, job.id(), RowError::code),
                () -> jobs.check(official, job.id(), checked.version(), checked.mapping(), null))) {
            assertThatThrownBy(refused::run).isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(ex.code()).isEqualTo("import.job.fileErased"));
        }
    }

    @Test
    void shouldKeepOnlyTheFileNameItselfWithoutFoldersOrControlCharacters() {
        assertThat(ImportJobs.fileName("C:\\fakepath\\danh sách.xlsx")).isEqualTo("danh sách.xlsx");
        assertThat(ImportJobs.fileName("../../x\r\nSet-Cookie: a.csv")).isEqualTo("xSet-Cookie: a.csv");
        assertThat(ImportJobs.fileName("  ")).isEqualTo("tep-nhap");
    }

    private ImportJob awaitDone(Actor actor, long id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.job(actor, id), job -> !job.status().running());
    }

    private long count(String namePrefix) {
        return jdbc.sql("select count(*) from learner where full_name like ?").param(namePrefix + "%")
                .query(Long.class).single();
    }

    /** The rows of a workbook's first sheet, read without the import's rules (a template has a header only). */
    private static List<List<String>> header(byte[] workbook) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return book.getFirstSheet().read().stream()
                    .map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()).toList();
        }
    }

    /** The text of every part of a workbook (a ZIP of XML parts), character references resolved. */
    private static List<String> entries(byte[] workbook) throws IOException {
        List<String> parts = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setByteArray(workbook).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                parts.add(java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                        .replaceAll(ref -> Character.toString(Integer.parseInt(ref.group(1), 16))));
            }
        }
        return parts;
    }

    private static List<List<String>> read(byte[] workbook) {
        List<List<String>> rows = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(workbook, 1000)) {
            rows.add(reader.header());
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.values());
            }
        }
        return rows;
    }
}
