package vn.bdhvs.campaign.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.imports.ImportKind;
import vn.bdhvs.campaign.core.imports.ImportOutcome;
import vn.bdhvs.campaign.core.imports.ImportService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.teams.ActivityCmd;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.classes.EnrollmentView;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.teams.TeamCmd;
import vn.bdhvs.campaign.core.teams.TeamKind;
import vn.bdhvs.campaign.core.teams.TeamService;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.classes.ClassService;

/**
 * The counters kept incrementally equal a full recompute from the raw rows, after a randomized
 * sequence of writes, corrections, deletions, refused (rolled-back) writes and imported completions
 * interleaved with class completions and their withdrawal.
 */
@SpringBootTest
class ProgressRecomputeTests {

    static final int OPERATIONS = 2400;

    @Autowired
    ClassService training;

    @Autowired
    LearnerService learners;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    TeamService teams;

    @Autowired
    ProgressRecompute recompute;

    @Autowired
    ImportService imports;

    @Autowired
    GeographyService geography;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    enum Op {
        REGISTER, CLASS, ENROL, COMPLETE, VNEID, UNDO_COMPLETE, UNDO_VNEID, FINISH, CANCEL, TEAM, ACTIVITY, DELETE_ACTIVITY,
        IMPORT_COMPLETIONS, IMPORT_TEAMS, IMPORT_ACTIVITIES
    }

    @Test
    void shouldKeepIncrementalCountersEqualToAFullRecompute() {
        importer.importIfChanged(referenceFile, "test");
        Random random = new Random(20251010);
        List<CommuneSummary> communes = geography.province(UnitScope.nation(), "25").communes().subList(0, 6);
        Actor staff = new Actor("bcd.25", Role.PROVINCE_STAFF, UnitScope.province(communes.get(0).provinceId()));
        List<TargetGroup> groups = catalog.groups();
        List<Long> classes = new ArrayList<>();
        List<Long> teamIds = new ArrayList<>();
        Map<Op, int[]> done = new EnumMap<>(Op.class);
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < OPERATIONS; i++) {
            Op op = Op.values()[random.nextInt(Op.values().length)];
            CommuneSummary commune = communes.get(random.nextInt(communes.size()));
            LocalDate day = start.plusDays(random.nextInt(660));
            done.computeIfAbsent(op, k -> new int[2]);
            try {
                switch (op) {
                    case REGISTER -> learners.register(staff, commune.code(), new RegisterLearnerCmd("Học viên " + i,
                            1940 + random.nextInt(60), Gender.values()[random.nextInt(3)],
                            groups.get(random.nextInt(groups.size())).id(), null,
                            random.nextInt(4) == 0 ? String.format("%012d", random.nextInt(500)) : null, null, token()));
                    case CLASS -> {
                        long id = training.create(staff, commune.code(), new ClassCmd("Lớp " + i, Topic.VNEID,
                                ClassFormat.IN_PERSON, Organiser.DIGITAL_TECH_TEAM, List.of(groups.get(0).id()), day,
                                day.plusDays(30), null, 1 + random.nextInt(30), null, token()));
                        training.addSession(staff, id, day, null);
                        classes.add(id);
                    }
                    case ENROL -> {
                        long classId = pick(random, classes);
                        String code = training.detail(staff, classId).commune().code();
                        List<Long> ids = learners.search(staff, code, null, 500).stream().map(l -> l.id())
                                .filter(id -> random.nextInt(3) == 0).toList();
                        enrollments.enroll(staff, classId, ids, random.nextBoolean());
                    }
                    case COMPLETE, VNEID, UNDO_COMPLETE, UNDO_VNEID -> {
                        long classId = pick(random, classes);
                        List<EnrollmentView> enrolled = training.detail(staff, classId).enrollments();
                        EnrollmentView e = enrolled.get(random.nextInt(enrolled.size()));
                        switch (op) {
                            // no attendance is recorded here: below the attendance rule, a reason is needed
                            case COMPLETE -> enrollments.complete(staff, e.id(), day,
                                    random.nextInt(4) == 0 ? null : "Học bù", e.version());
                            case VNEID -> enrollments.confirmVneid(staff, e.id(), day, e.version());
                            case UNDO_COMPLETE -> enrollments.undoCompletion(staff, e.id(), e.version());
                            default -> enrollments.undoVneid(staff, e.id(), e.version());
                        }
                    }
                    case FINISH -> enrollments.completeClass(staff, pick(random, classes), day);
                    case CANCEL -> {
                        long classId = pick(random, classes);
                        training.cancel(staff, classId, jdbc.sql("select version from training_class where id = ?")
                                .param(classId).query(Long.class).single());
                    }
                    case TEAM -> teamIds.add(teams.register(staff, commune.code(), new TeamCmd(TeamKind.values()[i % 2],
                            "Tổ " + i, random.nextInt(15), random.nextBoolean() ? day : null, token())));
                    case ACTIVITY -> teams.report(staff, pick(random, teamIds), new ActivityCmd(day, "Hoạt động " + i,
                            random.nextInt(50), random.nextInt(20), random.nextInt(2), random.nextInt(3),
                            random.nextInt(30), token()));
                    case IMPORT_COMPLETIONS -> importCompletions(staff, random, day);
                    case IMPORT_TEAMS, IMPORT_ACTIVITIES -> importTeams(staff, op, random, commune, day);
                    case DELETE_ACTIVITY -> {
                        List<Long> activities = jdbc.sql("select id from team_activity order by id").query(Long.class)
                                .list();
                        teams.deleteActivity(staff, pick(random, activities));
                    }
                }
                done.get(op)[0]++;
            }
            catch (DomainException | NotFoundException | IndexOutOfBoundsException | IllegalArgumentException ex) {
                done.get(op)[1]++; // refused or impossible now: the write rolled back, or was not attempted
            }
        }
        String incremental = counters();
        int rows = recompute.recomputeAll();
        assertThat(rows).isGreaterThan(50);
        assertThat(counters()).isEqualTo(incremental);
        // the sequence really exercised every kind of write, corrections and deletions included
        done.forEach((op, counts) -> assertThat(counts[0]).as(op.name()).isPositive());
        assertThat(done.values().stream().mapToInt(c -> c[0]).sum()).isGreaterThanOrEqualTo(1000);
    }

    /** Completions and confirmations of a few registered learners from a file, as the national platform exports them. */
    private void importCompletions(Actor staff, Random random, LocalDate day) {
        List<String> people = jdbc.sql("""
                select concat_ws(';', c.code, l.full_name, l.birth_year) from learner l join commune c on c.id = l.commune_id
                order by l.id
                """).query(String.class).list();
        StringBuilder file = new StringBuilder("Mã xã;Họ và tên;Năm sinh;Ngày hoàn thành;Ngày xác thực VNeID\n");
        for (int row = 0; row < 1 + random.nextInt(8); row++) {
            String person = people.get(random.nextInt(people.size()));
            LocalDate completed = day.minusDays(random.nextInt(30));
            file.append(person).append(';').append(random.nextInt(4) == 0 ? "" : completed).append(';')
                    .append(random.nextBoolean() ? completed.plusDays(random.nextInt(5)) : "").append('\n');
        }
        byte[] content = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportOutcome outcome = imports.commit(staff, ImportKind.COMPLETIONS, content,
                imports.preview(ImportKind.COMPLETIONS, content).mapping(), true, rows -> {
                }, done -> {
                });
        if (outcome.updated() == 0) {
            throw new IllegalArgumentException("nothing to change");
        }
    }

    /**
     * Teams (new ones, and the same names again with other members and founding days) or reports of
     * the teams' activities (new ones, and the same reports with other figures), from a file.
     */
    private void importTeams(Actor staff, Op op, Random random, CommuneSummary commune, LocalDate day) {
        StringBuilder file = new StringBuilder(op == Op.IMPORT_TEAMS
                ? "Mã xã;Tên tổ;Loại tổ;Số thành viên;Ngày thành lập\n"
                : "Mã xã;Tên tổ;Ngày hoạt động;Nội dung;Số người được hướng dẫn;Số hồ sơ được hỗ trợ;"
                        + "Số người được đại sứ số hướng dẫn\n");
        for (int row = 0; row < 1 + random.nextInt(6); row++) {
            String team = "Tổ nhập " + random.nextInt(8);
            if (op == Op.IMPORT_TEAMS) {
                file.append(String.join(";", commune.code(), team, "Tổ công nghệ số",
                        String.valueOf(random.nextInt(20)), random.nextBoolean() ? day.toString() : "")).append('\n');
            }
            else {
                file.append(String.join(";", commune.code(), team, day.minusDays(random.nextInt(3)).toString(),
                        "Hoạt động " + random.nextInt(3), String.valueOf(random.nextInt(40)),
                        String.valueOf(random.nextInt(10)), String.valueOf(random.nextInt(5)))).append('\n');
            }
        }
        byte[] content = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportKind kind = op == Op.IMPORT_TEAMS ? ImportKind.TEAMS : ImportKind.TEAM_ACTIVITIES;
        ImportOutcome outcome = imports.commit(staff, kind, content, imports.preview(kind, content).mapping(), true,
                rows -> {
                }, done -> {
                });
        if (outcome.created() + outcome.updated() == 0) {
            throw new IllegalArgumentException("nothing to change");
        }
    }

    private String counters() {
        return jdbc.sql("""
                select string_agg(concat_ws(',', commune_id, group_id, month, metric, value), E'\\n'
                                  order by commune_id, group_id nulls first, month, metric)
                from progress_counter
                """).query(String.class).single();
    }

    private static long pick(Random random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
