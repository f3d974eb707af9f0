package vn.bdhvs.campaign.core.planning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** Real units on PostgreSQL and the actors of the planning tests. Each test class uses its own province. */
@SpringBootTest
abstract class PlanningFixture {

    @Autowired
    ReferenceDataImporter importer;

    @Autowired
    GeographyService geography;

    @Autowired
    PlanningCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Value("${campaign.reference-data.file}")
    Path referenceFile;

    @BeforeEach
    void referenceData() {
        importer.importIfChanged(referenceFile, "test");
    }

    ProvinceSummary province(String code) {
        return geography.findProvince(code).orElseThrow();
    }

    ProvinceSummary former(String name) {
        long id = jdbc.sql("select id from province where name = ? and code is null").param(name).query(Long.class)
                .single();
        return geography.findProvince(id).orElseThrow();
    }

    Actor staff(ProvinceSummary province) {
        return new Actor("bcd." + province.code(), Role.PROVINCE_STAFF, UnitScope.province(province.id()));
    }

    Actor manager(ProvinceSummary province) {
        return new Actor("quanly." + province.code(), Role.MANAGER, UnitScope.province(province.id()));
    }

    Indicator indicator(String code) {
        return catalog.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    TargetGroup group(String code) {
        return catalog.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    /** Grid input for the given cells: "INDICATOR/GROUP=value" with the versions currently stored. */
    List<TargetCellInput> cells(TargetGrid grid, String... assignments) {
        List<TargetCellInput> inputs = new ArrayList<>();
        for (String assignment : assignments) {
            String[] parts = assignment.split("=", -1);
            String[] keys = parts[0].split("/");
            Indicator indicator = indicator(keys[0]);
            TargetGroup group = keys.length > 1 ? group(keys[1]) : null;
            TargetCell cell = grid.cell(indicator, group);
            inputs.add(new TargetCellInput(indicator.id(), group == null ? null : group.id(), parts[1],
                    cell == null ? null : cell.version()));
        }
        return inputs;
    }
}
