package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** Learners imported from files on PostgreSQL: dry run, all or nothing, idempotent, former names, scope. */
class ImportServiceTests extends CommuneFixture {

    static final String HEADER = "Xã/phường;Huyện cũ;Tỉnh/thành;Họ và tên;Năm sinh;Giới tính;Nhóm đối tượng;Số điện thoại;Số CCCD\n";

    static final IntConsumer NO_PROGRESS = rows -> {
    };

    @Autowired
    ImportService imports;

    @Test
    void shouldCheckEveryRowInADryRunAndWriteNothing() {
        Actor staff = provinceStaff("09025");
        String name = "Người Thử " + ThreadLocalRandom.current().nextInt(1_000_000);
        String file = HEADER
                + "Xã Yên Lạc;;Phú Thọ;" + name + " An;1975;Nam;Người dân trong độ tuổi trưởng thành;;" + citizenId() + "\n"
                + "09025;;;" + name + " Bình;1982;nữ;ADULTS;0912 345 678;\n"
                + "Xã Yên Lạc;;Phú Thọ;" + name + " Cường;1890;Nam;Người dân trong độ tuổi trưởng thành;;\n"
                + "Xã Yên Lạc;;Phú Thọ;" + name + " Dung;1990;Nữ;Người dân trong độ tuổi trưởng thành;;12345678901\n";
        long before = learnerCount("09025");
        ImportOutcome outcome = dryRun(staff, file);
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.rows()).isEqualTo(4);
        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.errorRows()).isEqualTo(2);
        assertThat(outcome.errors()).extracting(RowError::row, RowError::column, RowError::value, RowError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "Năm sinh", "1890", "learner.birthYear.range"),
                        org.assertj.core.groups.Tuple.tuple(5, "Số CCCD", "123••••••01", "import.cccd.leadingZero"));
        assertThat(learnerCount("09025")).isEqualTo(before);
    }

    @Test
    void shouldImportTheSameOrAnOverlappingFileWithoutDuplicates() {
        Actor official = official("09025");
        String an = citizenId();
        String name = "Người Nhập " + ThreadLocalRandom.current().nextInt(1_000_000);
        String file = HEADER
                + ";;;" + name + " A;1975;Nam;ADULTS;;" + an + "\n"
                + ";;;" + name + " B;1980;Nữ;ADULTS;;\n";
        long before = learnerCount("09025");
        ImportOutcome first = commit(official, file, false);
        assertThat(first.committed()).isTrue();
        assertThat(first.created()).isEqualTo(2);
        assertThat(learnerCount("09025")).isEqualTo(before + 2);

        ImportOutcome again = commit(official, file, false);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(learnerCount("09025")).isEqualTo(before + 2);

        String overlapping = HEADER
                + ";;;" + name + " A;1975;Nam;ADULTS;0987654321;" + an + "\n"
                + ";;;" + name + " B;1980;Nữ;ADULTS;;\n"
                + ";;;" + name + " C;1999;Nam;ADULTS;;\n";
        ImportOutcome overlap = commit(official, overlapping, false);
        assertThat(overlap).extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::unchanged)
                .containsExactly(1, 1, 1);
        assertThat(learnerCount("09025")).isEqualTo(before + 3);
        assertThat(jdbc.sql("select phone from learner where full_name = ?").param(name + " A").query(String.class)
                .single()).isEqualTo("0987654321");
    }

    @Test
    void shouldWriteNothingFromAFileWithErrorsUnlessOnlyTheValidRowsAreChosen() {
        Actor official = official("09025");
        String name = "Người Lỗi " + ThreadLocalRandom.current().nextInt(1_000_000);
        String file = HEADER
                + ";;;" + name + " A;1975;Nam;ADULTS;;\n"
                + ";;;" + name + " B;19x0;Nữ;ADULTS;;\n"
                + ";;;" + name + " A;1975;Nam;ADULTS;;\n";
        long before = learnerCount("09025");
        ImportOutcome refused = commit(official, file, false);
        assertThat(refused.committed()).isFalse();
        assertThat(refused.errors()).extracting(RowError::row, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "import.value.year"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.row.duplicate"));
        assertThat(learnerCount("09025")).isEqualTo(before);

        ImportOutcome validOnly = commit(official, file, true);
        assertThat(validOnly.committed()).isTrue();
        assertThat(validOnly.created()).isEqualTo(1);
        assertThat(learnerCount("09025")).isEqualTo(before + 1);
    }

    @Test
    void shouldLeaveNothingBehindWhenTheDatabaseRefusesARowMidWay() {
        Actor official = official("09025");
        String name = "Người Dở Dang " + ThreadLocalRandom.current().nextInt(1_000_000);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            file.append(";;;").append(name).append(' ').append(i).append(";1970;Nam;ADULTS;")
                    .append(i == 400 ? "0900000400" : "").append(";\n");
        }
        long before = learnerCount("09025");
        jdbc.sql("alter table learner add constraint test_refuses_phone check (phone <> '0900000400') not valid")
                .update();
        try {
            assertThatThrownBy(() -> commit(official, file.toString(), false))
                    .hasMessageContaining("test_refuses_phone");
        }
        finally {
            jdbc.sql("alter table learner drop constraint test_refuses_phone").update();
        }
        assertThat(learnerCount("09025")).isEqualTo(before);
    }

    @Test
    void shouldResolveFormerNamesAndNeverGuess() {
        Actor staff = provinceStaff("09025");
        String name = "Người Xã Cũ " + ThreadLocalRandom.current().nextInt(1_000_000);
        String file = HEADER
                + "Xã Đồng Cương;Huyện Yên Lạc;Tỉnh Vĩnh Phúc;" + name + ";1970;Nam;ADULTS;;\n"
                + "Đồng Cương;;Vĩnh Phúc;" + name + " 2;1971;Nam;ADULTS;;\n"
                + "Xã Không Có Thật;;;" + name + " 3;1972;Nam;ADULTS;;\n";
        ImportOutcome outcome = commit(staff, file, true);
        assertThat(outcome.created()).isEqualTo(2);
        assertThat(jdbc.sql("select c.code from learner l join commune c on c.id = l.commune_id where l.full_name like ?")
                .param(name + "%").query(String.class).list()).containsOnly("09025");
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.code()).isEqualTo("import.commune.unknown");
        });
    }

    @Test
    void shouldListTheCandidatesOfAnAmbiguousCommune() {
        Actor admin = new Actor("quantri", Role.ADMIN, UnitScope.nation());
        String file = HEADER + "Phường 1;;Hồ Chí Minh;Người Mơ Hồ;1970;Nam;ADULTS;;\n";
        RowError error = dryRun(admin, file).errors().get(0);
        assertThat(error.code()).isEqualTo("import.commune.ambiguous");
        assertThat(String.valueOf(error.args().get(1))).contains("(").contains(";");
    }

    @Test
    void shouldKeepEachImporterToTheirScope() {
        Actor official = official("09025");
        String file = HEADER + "26740;;;Người Nơi Khác;1970;Nam;ADULTS;;\n";
        assertThat(dryRun(official, file).errors()).singleElement()
                .extracting(RowError::code).isEqualTo("import.commune.outOfScope");
        CommuneSummary commune = geography.findCommune("09025").orElseThrow();
        Actor manager = new Actor("quanly", Role.MANAGER, UnitScope.province(commune.provinceId()));
        assertThatThrownBy(() -> dryRun(manager, file)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void shouldNotTellWhereACitizenIdFromAnotherScopeIsRegistered() {
        String cccd = citizenId();
        assertThat(register(official("26740"), "26740", "Người Ở Sài Gòn", cccd).outcome())
                .isEqualTo(vn.bdhvs.campaign.core.learners.Registration.Outcome.REGISTERED);
        Actor official = official("09025");
        long lookupsBefore = lookups(official);
        ImportOutcome outcome = dryRun(official, HEADER + ";;;<b>Tên khác</b>;1970;Nam;ADULTS;;" + cccd + "\n");
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("import.learner.registeredElsewhere");
            assertThat(error.args()).isEmpty();
            assertThat(error.value()).isEmpty();
        });
        assertThat(lookups(official)).isEqualTo(lookupsBefore + 1);
    }

    @Test
    void shouldGiveAProberNothingOnceTheHourlyLookUpsAreSpent() {
        String elsewhere = citizenId();
        register(official("26740"), "26740", "Người Ở Sài Gòn", elsewhere);
        Actor official = official("09025");
        Actor prober = new Actor("do-tham-" + ThreadLocalRandom.current().nextInt(1_000_000), Role.COMMUNE_OFFICIAL,
                official.scope());
        // 30 people registered elsewhere would take the whole hour: the same citizen ID counts once, in a dry run too
        ImportOutcome checked = dryRun(prober, HEADER + ";;;Người Dò;1970;Nam;ADULTS;;" + elsewhere + "\n");
        assertThat(checked.errors()).extracting(RowError::code).containsExactly("import.learner.registeredElsewhere");
        assertThat(dryRun(prober, HEADER + ";;;Người Dò;1970;Nam;ADULTS;;" + elsewhere + "\n").errors())
                .extracting(RowError::code).containsExactly("import.learner.registeredElsewhere");
        assertThat(lookups(prober)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and action = 'IMPORT_CITIZEN_ID_MATCH_ELSEWHERE'")
                .param(prober.username()).query(Long.class).single()).isEqualTo(2);

        // a file with more people elsewhere than look-ups left spends what is left and is refused whole
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            String cccd = citizenId();
            register(official("26740"), "26740", "Người Xa " + i, cccd);
            many.append(";;;Người Dò ").append(i).append(";1970;Nam;ADULTS;;").append(cccd).append('\n');
        }
        assertThatThrownBy(() -> dryRun(prober, many.toString())).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.code()).isEqualTo("learner.citizenId.rateLimited"));
        assertThat(lookups(prober)).isEqualTo(30);

        // now every file with a citizen ID is refused alike, whether the person is registered elsewhere or nowhere
        for (String cccd : new String[] { elsewhere, citizenId() }) {
            assertThatThrownBy(() -> dryRun(prober, HEADER + ";;;Người Dò;1970;Nam;ADULTS;;" + cccd + "\n"))
                    .isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.code()).isEqualTo("learner.citizenId.rateLimited"));
        }
        // a file without citizen IDs still goes through
        assertThat(dryRun(prober, HEADER + ";;;Người Không Số;1970;Nam;ADULTS;;\n").created()).isEqualTo(1);
    }

    private long lookups(Actor actor) {
        return jdbc.sql("select count(*) from citizen_id_lookup where username = ?").param(actor.username())
                .query(Long.class).single();
    }

    private ImportOutcome dryRun(Actor actor, String csv) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        return imports.dryRun(actor, ImportKind.LEARNERS, content, imports.preview(ImportKind.LEARNERS, content).mapping(),
                NO_PROGRESS);
    }

    private ImportOutcome commit(Actor actor, String csv, boolean validOnly) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        return imports.commit(actor, ImportKind.LEARNERS, content,
                imports.preview(ImportKind.LEARNERS, content).mapping(), validOnly, NO_PROGRESS, outcome -> {
                });
    }

    private Actor provinceStaff(String communeCode) {
        CommuneSummary commune = geography.findCommune(communeCode).orElseThrow();
        return new Actor("tinh." + commune.provinceId(), Role.PROVINCE_STAFF, UnitScope.province(commune.provinceId()));
    }

    private long learnerCount(String communeCode) {
        return jdbc.sql("select count(*) from learner l join commune c on c.id = l.commune_id where c.code = ?")
                .param(communeCode).query(Long.class).single();
    }

    private static String citizenId() {
        return String.format("0%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }
}
