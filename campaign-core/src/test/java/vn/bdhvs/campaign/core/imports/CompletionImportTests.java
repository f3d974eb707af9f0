package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.classes.EnrollmentView;

/** Completions and VNeID confirmations from the national platform's export, on PostgreSQL. */
class CompletionImportTests extends ImportFixture {

    static final String HEADER = "Số CCCD;Họ và tên;Năm sinh;Ngày hoàn thành;Ngày xác thực VNeID\n";


    @Test
    void shouldRecordCompletionsOfRegisteredLearnersFoundByCitizenIdOrNameAndRefuseTheRest() {
        Actor official = official("09025");
        String name = "Người Hoàn Thành " + ThreadLocalRandom.current().nextInt(1_000_000);
        String cccd = citizenId();
        long byId = register(official, "09025", name + " A", cccd).learner().id();
        long byName = register(official, "09025", name + " B", null, 1971).learner().id();
        String tomorrow = today.plusDays(1).toString();
        String file = HEADER
                + cccd + ";Tên Khác Trên Nền Tảng;1960;15/03/2026;\n"
                + ";" + name + " B;1971;;2026-04-02\n"
                + ";" + name + " C;1980;01/04/2026;\n"
                + ";" + name + " D;1980;" + tomorrow + ";\n"
                + ";" + name + " E;1980;31/12/2023;\n"
                + ";" + name + " F;1980;;\n"
                + ";" + name + " B;1971;;30/02/2026\n";
        ImportOutcome trial = run(official, ImportKind.COMPLETIONS, file, false, false);
        assertThat(trial).extracting(ImportOutcome::created, ImportOutcome::updated, ImportOutcome::errorRows)
                .containsExactly(0, 2, 5);
        assertThat(trial.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(4, "import.completion.notRegistered"), tuple(5, "import.completion.future"),
                tuple(6, "import.completion.beforeCampaign"), tuple(7, "import.completion.noDate"),
                tuple(8, "import.value.dateImpossible"));
        assertThat(dates(byId)).containsExactly(null, null, null, null);

        ImportOutcome done = run(official, ImportKind.COMPLETIONS, file, true, true);
        assertThat(done.committed()).isTrue();
        assertThat(dates(byId)).containsExactly(LocalDate.of(2026, 3, 15), null, LocalDate.of(2026, 3, 15), null);
        assertThat(dates(byName)).containsExactly(null, LocalDate.of(2026, 4, 2), null, LocalDate.of(2026, 4, 2));

        // the same file again changes nothing; an earlier date moves the first completion back
        assertThat(run(official, ImportKind.COMPLETIONS, file, true, true))
                .extracting(ImportOutcome::updated, ImportOutcome::unchanged).containsExactly(0, 2);
        run(official, ImportKind.COMPLETIONS, HEADER + cccd + ";x;1960;01/03/2026;\n", true, false);
        assertThat(dates(byId).get(0)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void shouldKeepACompletionFromThePlatformWhenAClassCompletionIsWithdrawn() {
        Actor official = official("09025");
        String name = "Người Hai Nguồn " + ThreadLocalRandom.current().nextInt(1_000_000);
        long learnerId = register(official, "09025", name, null, 1965).learner().id();
        LocalDate start = today.minusDays(20);
        long classId = newClass(official, "09025", start, today, 30);
        enrollments.enroll(official, classId, List.of(learnerId), false);
        EnrollmentView enrolment = training.detail(official, classId).enrollments().get(0);
        enrollments.complete(official, enrolment.id(), start.plusDays(1), "Học bù", enrolment.version());
        LocalDate platform = start.plusDays(5);
        run(official, ImportKind.COMPLETIONS, HEADER + ";" + name + ";1965;" + platform + ";\n", true, false);
        assertThat(dates(learnerId).get(0)).isEqualTo(start.plusDays(1));

        EnrollmentView completed = training.detail(official, classId).enrollments().get(0);
        enrollments.undoCompletion(official, completed.id(), completed.version());
        assertThat(dates(learnerId).get(0)).isEqualTo(platform);
    }

    @Test
    void shouldNotTellWhetherAPersonIsRegisteredInAnotherScope() {
        String cccd = citizenId();
        register(official("09040"), "09040", "Người Xã Khác", cccd);
        ImportOutcome outcome = run(official("09025"), ImportKind.COMPLETIONS,
                HEADER + cccd + ";Người Xã Khác;1960;15/03/2026;\n", false, false);
        assertThat(outcome.errors()).extracting(RowError::code).containsExactly("import.learner.registeredElsewhere");
    }


    /** First completion, first confirmation, and the ones from the platform. */
    private List<LocalDate> dates(long learnerId) {
        return jdbc.sql("""
                select first_completed_on, vneid_confirmed_on, platform_completed_on, platform_vneid_confirmed_on
                from learner where id = ?
                """).param(learnerId).query((rs, n) -> java.util.Arrays.asList(rs.getObject(1, LocalDate.class),
                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .single();
    }

    private static String citizenId() {
        return String.format("0%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }
}
