package vn.bdhvs.campaign.reporting;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.classes.ClassService;
import vn.bdhvs.campaign.core.classes.EnrollmentService;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.learners.LearnerService;
import vn.bdhvs.campaign.core.planning.BaselineService;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetCellInput;
import vn.bdhvs.campaign.core.planning.TargetGrid;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.planning.TargetService;

/**
 * What the tests of progress and reports start from: the reference data, the services that record
 * plans and training, and helpers to set a target and find a group. One Spring context for all.
 */
@SpringBootTest
public abstract class PlanFixture {

    protected static final Actor ADMIN = new Actor("quantri", Role.ADMIN, UnitScope.nation());

    @Autowired
    protected ClassService training;

    @Autowired
    protected LearnerService learners;

    @Autowired
    protected EnrollmentService enrollments;

    @Autowired
    protected TargetService targets;

    @Autowired
    protected BaselineService baselines;

    @Autowired
    protected PlanningCatalog catalog;

    @Autowired
    protected GeographyService geography;

    @Autowired
    protected ReferenceDataImporter importer;

    @Autowired
    protected Clock clock;

    @Value("${campaign.reference-data.file}")
    protected Path referenceFile;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
    }

    /** Sets a province's target for an indicator and a group (null: a target for the unit as a whole). */
    protected void setTarget(long provinceId, int year, String indicator, TargetGroup group, String value) {
        long indicatorId = catalog.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElseThrow().id();
        Long groupId = group == null ? null : group.id();
        var cell = targets.grid(ADMIN, provinceId, year).cells().get(TargetGrid.key(indicatorId, groupId));
        targets.save(ADMIN, provinceId, year,
                List.of(new TargetCellInput(indicatorId, groupId, value, cell == null ? null : cell.version())), true);
    }

    protected TargetGroup group(String code) {
        return catalog.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }
}
