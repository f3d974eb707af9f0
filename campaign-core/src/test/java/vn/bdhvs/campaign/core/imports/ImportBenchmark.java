package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/**
 * The learners import at scale, beside a raw {@code COPY} of the same rows into a scratch table,
 * measured in the same run: {@code bin/benchmark-import} (not part of the test suite; it is named
 * so that Surefire leaves it out unless asked). Prints one {@code figure} line per measure.
 */
class ImportBenchmark extends CommuneFixture {

    static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);

    static final int RUNS = Integer.getInteger("benchmark.runs", 3);

    static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

    static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu", "Quốc", "Kim" };

    static final String[] GIVEN = { "An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan",
        "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến" };

    static final String[] GROUPS = { "Người dân trong độ tuổi trưởng thành", "Người cao tuổi", "ADULTS", "ELDERLY" };

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    @Test
    void measureTheLearnersImportBesideARawCopy() throws Exception {
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "79").communes();
        Actor staff = new Actor("benchmark", Role.PROVINCE_STAFF, UnitScope.province(communes.get(0).provinceId()));
        for (int run = 1; run <= RUNS; run++) {
            byte[] file = file(communes, new Random(run));
            long copyNanos = rawCopy(file);
            jdbc.sql("delete from learner where created_by = 'benchmark'").update();
            jdbc.sql("vacuum analyze learner").update();

            long start = System.nanoTime();
            ColumnMapping mapping = imports.preview(ImportKind.LEARNERS, file).mapping();
            long[] readAt = new long[1];
            ImportOutcome outcome = imports.commit(staff, ImportKind.LEARNERS, file, mapping, false, rows -> {
                if (rows == ROWS) {
                    readAt[0] = System.nanoTime();
                }
            }, done -> {
            });
            long importNanos = System.nanoTime() - start;
            assertThat(outcome.committed()).isTrue();
            assertThat(outcome.created()).isEqualTo(ROWS);

            long floorNanos = tableFloor();

            double importRate = ROWS / (importNanos / 1e9);
            double copyRate = ROWS / (copyNanos / 1e9);
            System.out.printf("run %d: import %d rows in %.2f s (file read and rows checked after %.2f s), raw COPY "
                    + "%.2f s, the same rows inserted into the learner table from a staging table %.2f s%n", run, ROWS,
                    importNanos / 1e9, (readAt[0] - start) / 1e9, copyNanos / 1e9, floorNanos / 1e9);
            System.out.printf("figure import_rows_per_second %.0f rows/s%n", importRate);
            System.out.printf("figure raw_copy_rows_per_second %.0f rows/s%n", copyRate);
            System.out.printf("figure import_to_copy_ratio %.2f %%%n", 100 * importRate / copyRate);
            System.out.printf("figure learner_insert_floor_rows_per_second %.0f rows/s%n", ROWS / (floorNanos / 1e9));
        }
    }

    /**
     * What the learner table itself costs: the rows just imported, inserted again in pure SQL from a
     * staging table (foreign keys checked, indexes kept up), in a transaction rolled back.
     */
    private long tableFloor() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var sql = connection.createStatement();
            sql.execute("""
                    create temporary table floor_stage as
                    select commune_id, full_name, name_key, birth_year, gender, group_id, phone, citizen_id_hmac
                    from learner where created_by = 'benchmark'
                    """);
            sql.execute("delete from learner where created_by = 'benchmark'");
            long start = System.nanoTime();
            sql.execute("""
                    insert into learner (commune_id, full_name, name_key, birth_year, gender, group_id, phone,
                                         citizen_id_hmac, created_at, created_by)
                    select *, now(), 'benchmark' from floor_stage
                    """);
            long nanos = System.nanoTime() - start;
            connection.rollback();
            return nanos;
        }
    }

    /** A province's learners as communes send them: current codes, names with marks, 70 % with a citizen ID. */
    private static byte[] file(List<CommuneSummary> communes, Random random) {
        StringBuilder csv = new StringBuilder("Mã xã,Họ và tên,Năm sinh,Giới tính,Nhóm đối tượng,Số điện thoại,Số CCCD\n");
        for (int i = 0; i < ROWS; i++) {
            CommuneSummary commune = communes.get(random.nextInt(communes.size()));
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)] + " " + i;
            csv.append(commune.code()).append(',').append(name).append(',').append(1940 + random.nextInt(66))
                    .append(',').append(random.nextBoolean() ? "Nam" : "Nữ").append(',')
                    .append(GROUPS[random.nextInt(GROUPS.length)]).append(',')
                    .append(random.nextInt(3) == 0 ? String.format("09%08d", random.nextInt(100_000_000)) : "")
                    .append(',').append(random.nextInt(10) < 7 ? String.format("079%09d", i) : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same bytes copied as they are into a scratch table of text columns, committed, then dropped. */
    private long rawCopy(byte[] file) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("""
                    create table scratch_learner (commune text, full_name text, birth_year text, gender text,
                        target_group text, phone text, citizen_id text)
                    """);
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy scratch_learner from stdin (format csv, header true)", new ByteArrayInputStream(file));
            connection.commit();
            long nanos = System.nanoTime() - start;
            connection.setAutoCommit(true);
            connection.createStatement().execute("drop table scratch_learner");
            return nanos;
        }
    }
}
