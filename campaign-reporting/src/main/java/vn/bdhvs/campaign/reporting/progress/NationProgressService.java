package vn.bdhvs.campaign.reporting.progress;

import static vn.bdhvs.campaign.reporting.progress.Reading.groupId;
import static vn.bdhvs.campaign.reporting.progress.Reading.metric;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/** The 34 provinces ranked on the trained share of adults, their former provinces' plans included. */
@Service
@Transactional(readOnly = true)
public class NationProgressService {

    private static final Comparator<Dashboards.ProvinceProgress> LEADERS_FIRST = Comparator
            .comparing((Dashboards.ProvinceProgress p) -> p.value().percentOfTarget() != null
                    ? p.value().percentOfTarget() : p.value().share(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.province().code());

    private final GeographyService geography;

    private final ProgressReader reader;

    private final CounterReads counters;

    NationProgressService(GeographyService geography, ProgressReader reader, CounterReads counters) {
        this.geography = geography;
        this.reader = reader;
        this.counters = counters;
    }

    public Dashboards.Nation dashboard(Actor actor, int year) {
        if (actor.scope().level() != UnitScope.Level.NATION) {
            throw new NotFoundException("nation", year);
        }
        Reading reading = reader.read(null, year);
        Indicator headline = reading.indicator("TRAINED_SHARE");
        TargetGroup adults = reading.group("ADULTS");
        String metric = metric(headline);
        Counts counts = counters.nation(metric, groupId(adults), year);
        Map<Long, Counts.Count> byProvince = new HashMap<>();
        geography.provinceOf(counts.communeIds()).forEach((commune, province) -> byProvince.merge(province,
                counts.commune(commune, metric, groupId(adults)), Counts.Count::plus));
        List<Dashboards.ProvinceProgress> provinces = geography.currentProvinces(UnitScope.nation()).stream()
                .map(province -> {
                    Plan plan = reading.rules().province(province.id(), province.communeCount(), headline,
                            groupId(adults), true);
                    Counts.Count count = plan.area() == null ? byProvince.getOrDefault(province.id(), Counts.Count.NONE)
                            : counts.sum(plan.area(), metric, groupId(adults));
                    return new Dashboards.ProvinceProgress(province, reading.value(headline, adults, count, plan));
                }).sorted(LEADERS_FIRST).toList();
        return new Dashboards.Nation(year, provinces.isEmpty() ? null : provinces.get(0).value(), provinces,
                counts.updatedAt());
    }
}
