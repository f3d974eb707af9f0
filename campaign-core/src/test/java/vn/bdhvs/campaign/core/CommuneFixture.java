package vn.bdhvs.campaign.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.classes.AttendanceService;
import vn.bdhvs.campaign.core.classes.ClassCmd;
import vn.bdhvs.campaign.core.classes.ClassFormat;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.classes.Organiser;
import vn.bdhvs.campaign.core.classes.Topic;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.learners.RegisterLearnerCmd;
import vn.bdhvs.campaign.core.learners.Registration;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.teams.TeamService;

/**
 * The services that record a commune's data on PostgreSQL with the real reference data, and the
 * actors and records the tests of classes, learners and teams start from. One Spring context for all.
 */
@SpringBootTest
public abstract class CommuneFixture {

    @Autowired
    protected ClassService training;

    @Autowired
    protected LearnerService learners;

    @Autowired
    protected EnrollmentService enrollments;

    @Autowired
    protected AttendanceService attendance;

    @Autowired
    protected TeamService teams;

    @Autowired
    protected GeographyService geography;

    @Autowired
    protected PlanningCatalog catalog;

    @Autowired
    protected ReferenceDataImporter importer;

    @Autowired
    protected Clock clock;

    @Autowired
    protected JdbcClient jdbc;

    @Value("${campaign.reference-data.file}")
    protected Path referenceFile;

    protected LocalDate today;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
        today = LocalDate.now(clock);
    }

    protected Actor official(String communeCode) {
        CommuneSummary commune = geography.findCommune(communeCode).orElseThrow();
        return new Actor("xa." + communeCode, Role.COMMUNE_OFFICIAL, UnitScope.commune(commune.provinceId(), commune.id()));
    }

    protected long newClass(Actor actor, String communeCode, LocalDate start, LocalDate end, int capacity) {
        return training.create(actor, communeCode, classCmd(start, end, capacity, UUID.randomUUID().toString()));
    }

    protected ClassCmd classCmd(LocalDate start, LocalDate end, int capacity, String token) {
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        return new ClassCmd("Cài đặt và sử dụng VNeID", Topic.VNEID, ClassFormat.IN_PERSON, Organiser.DIGITAL_TECH_TEAM,
                List.of(adults), start, end, "Nhà văn hoá khu phố", capacity, null, token);
    }

    protected Registration register(Actor actor, String communeCode, String name, String citizenId) {
        return register(actor, communeCode, name, citizenId, 1960);
    }

    protected Registration register(Actor actor, String communeCode, String name, String citizenId, int birthYear) {
        long adults = catalog.groups().stream().filter(g -> g.code().equals("ADULTS")).findFirst().orElseThrow().id();
        return learners.register(actor, communeCode, new RegisterLearnerCmd(name, birthYear, Gender.FEMALE, adults, null,
                citizenId, null, UUID.randomUUID().toString()));
    }
}
