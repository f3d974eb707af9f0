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
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/** A commune's progress: its cards and the focused indicator by month, from one counter query. */
@Service
@Transactional(readOnly = true)
public class CommuneProgressService {

    private final GeographyService geography;

    private final ProgressReader reader;

    private final CounterReads counters;

    CommuneProgressService(GeographyService geography, ProgressReader reader, CounterReads counters) {
        this.geography = geography;
        this.reader = reader;
        this.counters = counters;
    }

    public Dashboards.Commune dashboard(Actor actor, String communeCode, int year, String focusIndicator,
            String focusGroup) {
        CommuneSummary commune = geography.commune(actor.scope(), communeCode).commune();
        ProvinceSummary province = geography.findProvince(commune.provinceId()).orElseThrow();
        Reading reading = reader.read(province.id(), year);
        Counts counts = counters.commune(commune.id(), year);
        BiFunction<Indicator, TargetGroup, ProgressValue> valuer = (indicator, group) -> reading.value(indicator,
                group, counts.commune(commune.id(), metric(indicator), groupId(group)),
                reading.rules().commune(province.id(), commune.id(), indicator, groupId(group), true));
        List<ProgressValue> cards = reading.cards(valuer);
        Indicator indicator = reading.focusIndicator(focusIndicator, cards);
        TargetGroup group = reading.focusGroup(focusGroup, indicator, cards);
        ProgressValue focus = valuer.apply(indicator, group);
        return new Dashboards.Commune(commune, province, year, cards, focus,
                reading.monthly(indicator, counts.months(metric(indicator), groupId(group)), focus.baseline()),
                counts.updatedAt());
    }
}
