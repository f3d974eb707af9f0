package vn.bdhvs.campaign.reporting.progress;

import static vn.bdhvs.campaign.reporting.progress.Reading.groupId;
import static vn.bdhvs.campaign.reporting.progress.Reading.metric;

import java.util.List;
import java.util.function.BiFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceDetail;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * A province's progress: its cards, the focused indicator by month and by group, and its communes
 * ranked on it. One counter query for all its communes (plus one when the focused target covers
 * only a former province's area); which plan applies where is {@link TargetRules}' decision.
 */
@Service
@Transactional(readOnly = true)
public class ProvinceProgressService {

    private final GeographyService geography;

    private final ProgressReader reader;

    private final CounterReads counters;

    ProvinceProgressService(GeographyService geography, ProgressReader reader, CounterReads counters) {
        this.geography = geography;
        this.reader = reader;
        this.counters = counters;
    }

    public Dashboards.Province dashboard(Actor actor, String provinceCode, int year, boolean includeFormer,
            String focusIndicator, String focusGroup) {
        ProvinceDetail detail = geography.province(actor.scope(), provinceCode);
        ProvinceSummary province = detail.province();
        Reading reading = reader.read(province.id(), year);
        Counts counts = counters.province(detail.communes().stream().map(CommuneSummary::id).toList(), year);
        TargetRules rules = reading.rules();
        BiFunction<Indicator, TargetGroup, Plan> planOf = (indicator, group) -> rules.province(province.id(),
                province.communeCount(), indicator, groupId(group), includeFormer);
        BiFunction<Indicator, TargetGroup, ProgressValue> valuer = (indicator, group) -> {
            Plan plan = planOf.apply(indicator, group);
            Counts.Count count = plan.area() == null ? counts.total(metric(indicator), groupId(group))
                    : counts.sum(plan.area(), metric(indicator), groupId(group));
            return reading.value(indicator, group, count, plan);
        };
        List<ProgressValue> cards = reading.cards(valuer);
        Indicator indicator = reading.focusIndicator(focusIndicator, cards);
        TargetGroup group = reading.focusGroup(focusGroup, indicator, cards);
        ProgressValue focus = valuer.apply(indicator, group);
        Plan focusPlan = planOf.apply(indicator, group);
        long[] months = focusPlan.area() == null ? counts.months(metric(indicator), groupId(group))
                : counters.months(focusPlan.area(), metric(indicator), groupId(group), year);
        List<ProgressValue> byGroup = indicator.perGroup()
                ? reading.groups().stream().map(g -> valuer.apply(indicator, g)).toList() : List.of();
        List<Dashboards.CommuneProgress> communes = detail.communes().stream()
                .map(commune -> new Dashboards.CommuneProgress(commune, reading.value(indicator, group,
                        counts.commune(commune.id(), metric(indicator), groupId(group)),
                        rules.commune(province.id(), commune.id(), indicator, groupId(group), includeFormer))))
                .sorted(Dashboards.RANKING).toList();
        return new Dashboards.Province(province, year, includeFormer, cards, focus,
                reading.monthly(indicator, months, focus.baseline()), byGroup, communes, counts.updatedAt());
    }
}
