package vn.bdhvs.campaign.reporting.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.geography.FormerProvince;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.planning.PlanQueries;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.PlanningYears;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * What every dashboard starts from: the year's plans of a province and its former provinces (of
 * every province for the nation) through the planning and geography query APIs, the indicators and
 * active groups, the thresholds and today. A constant number of queries.
 */
@Component
@EnableConfigurationProperties(StatusThresholds.class)
class ProgressReader {

    private final GeographyService geography;

    private final PlanningCatalog catalog;

    private final PlanQueries plans;

    private final StatusThresholds thresholds;

    private final Clock clock;

    ProgressReader(GeographyService geography, PlanningCatalog catalog, PlanQueries plans, StatusThresholds thresholds,
            Clock clock) {
        this.geography = geography;
        this.catalog = catalog;
        this.plans = plans;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** The reading of a year for a current province, or for the nation if {@code provinceId} is null. */
    Reading read(Long provinceId, int year) {
        PlanningYears.check(year);
        return new Reading(year, LocalDate.now(clock), catalog.indicators(),
                catalog.groups().stream().filter(TargetGroup::active).toList(), new TargetRules(facts(provinceId, year)),
                thresholds);
    }

    /** The year's targets and baselines of the province and its former provinces, and which communes those became. */
    private PlanFacts facts(Long provinceId, int year) {
        PlanFacts facts = new PlanFacts();
        List<FormerProvince> formers = geography.formerProvinces(provinceId);
        formers.forEach(f -> facts.former(f.id(), f.successorId(), f.name()));
        List<Long> provinces = null;
        if (provinceId != null) {
            provinces = new ArrayList<>(List.of(provinceId));
            formers.stream().map(FormerProvince::id).forEach(provinces::add);
        }
        plans.targets(provinces, year).forEach(t -> facts.target(t.provinceId(), t.communeId(), t.indicatorId(),
                t.groupId(), t.value()));
        plans.baselines(provinces, year).forEach(b -> facts.baseline(b.provinceId(), b.communeId(), b.groupId(),
                b.headCount()));
        geography.communeOrigins(provinceId).forEach(o -> facts.lineage(o.communeId(), o.formerProvinceId()));
        return facts;
    }
}
