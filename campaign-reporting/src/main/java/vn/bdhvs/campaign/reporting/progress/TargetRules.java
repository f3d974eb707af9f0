package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.reporting.progress.PlanFacts.Former;
import vn.bdhvs.campaign.reporting.progress.PlanFacts.Unit;

/**
 * Which target a unit's progress is measured against, over which area and with which baseline.
 * One rule for every page, so a province card, the commune ranking and a commune's own page never
 * disagree about the same missing figure.
 *
 * <p>A unit's own target comes first: a province's applies to the whole province, a commune's to
 * the commune. A share target of the province is copied down to communes without their own; a
 * count target is not (it must be allocated).
 *
 * <p>With former provinces included, and no own target, a former province's target applies to the
 * communes formed from its communes (by the lineage of the 2025 reorganisation) and to no other.
 * At province level it is measured over those communes only, against the former provinces' own
 * baselines: count targets add up; share targets of several former provinces are weighted by their
 * baselines, and without those baselines the target cannot be stated (the status is unknown, and
 * the note says which baseline is missing).
 *
 * <p>A share needs the group's baseline of exactly the measured area: a province's own, or else
 * the sum of all its communes' baselines when every commune has one; never a partial sum.
 */
final class TargetRules {

    private final PlanFacts facts;

    TargetRules(PlanFacts facts) {
        this.facts = facts;
    }

    Plan province(long provinceId, int communeCount, Indicator indicator, Long groupId, boolean includeFormer) {
        boolean share = indicator.kind() == IndicatorKind.SHARE_OF_GROUP;
        Long baseline = provinceBaseline(provinceId, communeCount, groupId);
        BigDecimal own = facts.target(Unit.province(provinceId), indicator.id(), groupId);
        if (own != null) {
            Message note = share && baseline == null ? Message.of("progress.note.missingProvinceBaseline",
                    communeBaselineCount(provinceId, groupId), communeCount) : null;
            return new Plan(own, false, baseline, null, note);
        }
        List<Former> formers = includeFormer ? withTarget(facts.formers.values().stream()
                .filter(f -> f.successorId() == provinceId).map(Former::id).toList(), indicator, groupId) : List.of();
        if (formers.isEmpty()) {
            return Plan.none(baseline);
        }
        Set<Long> ids = formers.stream().map(Former::id).collect(Collectors.toSet());
        Set<Long> area = new TreeSet<>();
        facts.formersOfCommune.forEach((commune, from) -> {
            if (from.stream().anyMatch(ids::contains)) {
                area.add(commune);
            }
        });
        Combined combined = combine(formers, indicator, groupId);
        Message note = share && combined.baseline() == null
                ? Message.of("progress.note.formerBaselineMissing", names(combined.withoutBaseline()))
                : Message.of("progress.note.formerTarget", names(formers), area.size());
        return new Plan(combined.target(), combined.target() == null, combined.baseline(), area, note);
    }

    Plan commune(long provinceId, long communeId, Indicator indicator, Long groupId, boolean includeFormer) {
        boolean share = indicator.kind() == IndicatorKind.SHARE_OF_GROUP;
        Long baseline = facts.baseline(Unit.commune(provinceId, communeId), groupId);
        Message missingBaseline = share && baseline == null ? Message.of("progress.note.missingBaseline") : null;
        BigDecimal own = facts.target(Unit.commune(provinceId, communeId), indicator.id(), groupId);
        if (own != null) {
            return new Plan(own, false, baseline, null, missingBaseline);
        }
        BigDecimal province = facts.target(Unit.province(provinceId), indicator.id(), groupId);
        List<Former> formers = includeFormer
                ? withTarget(List.copyOf(facts.formersOfCommune.getOrDefault(communeId, Set.of())), indicator, groupId)
                : List.of();
        if (!share) {
            boolean allocatable = province != null || !formers.isEmpty();
            return new Plan(null, false, baseline, null, allocatable ? Message.of("progress.note.notAllocated") : null);
        }
        if (province != null) {
            return new Plan(province, false, baseline, null, missingBaseline);
        }
        if (formers.isEmpty()) {
            return Plan.none(baseline);
        }
        Combined combined = combine(formers, indicator, groupId);
        Message note = missingBaseline != null ? missingBaseline
                : combined.target() == null ? Message.of("progress.note.formerBaselineMissing",
                        names(combined.withoutBaseline()))
                : Message.of("progress.note.formerTargetHere", names(formers));
        return new Plan(combined.target(), combined.target() == null, baseline, null, note);
    }

    /** A province's own baseline, or the sum of its communes' when every one of them has one. */
    private Long provinceBaseline(long provinceId, int communeCount, Long groupId) {
        Long own = facts.baseline(Unit.province(provinceId), groupId);
        if (own != null) {
            return own;
        }
        PlanFacts.BaselineSum communes = facts.communeBaselines.get(new PlanFacts.ProvinceGroup(provinceId, groupId));
        return communes != null && communeCount > 0 && communes.communes() >= communeCount ? communes.headCount() : null;
    }

    private int communeBaselineCount(long provinceId, Long groupId) {
        PlanFacts.BaselineSum communes = facts.communeBaselines.get(new PlanFacts.ProvinceGroup(provinceId, groupId));
        return communes == null ? 0 : communes.communes();
    }

    private List<Former> withTarget(List<Long> formerIds, Indicator indicator, Long groupId) {
        return formerIds.stream().map(facts.formers::get)
                .filter(f -> f != null && facts.target(Unit.province(f.id()), indicator.id(), groupId) != null)
                .sorted(Comparator.comparing(Former::name)).toList();
    }

    /**
     * Former provinces' targets taken together: counts add up; one share (or several equal ones)
     * stands as it is; different shares are weighted by the former provinces' baselines, or unknown without them.
     */
    private Combined combine(List<Former> formers, Indicator indicator, Long groupId) {
        Map<Former, BigDecimal> targets = formers.stream().collect(Collectors.toMap(f -> f,
                f -> facts.target(Unit.province(f.id()), indicator.id(), groupId)));
        List<Former> withoutBaseline = formers.stream()
                .filter(f -> facts.baseline(Unit.province(f.id()), groupId) == null).toList();
        Long baseline = withoutBaseline.isEmpty() ? formers.stream()
                .mapToLong(f -> facts.baseline(Unit.province(f.id()), groupId)).sum() : null;
        BigDecimal target;
        if (indicator.kind() == IndicatorKind.COUNT) {
            target = targets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        else if (targets.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count() == 1) {
            target = targets.get(formers.get(0));
        }
        else if (baseline == null || baseline == 0) {
            target = null;
        }
        else {
            BigDecimal weighted = BigDecimal.ZERO;
            for (Former former : formers) {
                weighted = weighted.add(targets.get(former)
                        .multiply(BigDecimal.valueOf(facts.baseline(Unit.province(former.id()), groupId))));
            }
            target = weighted.divide(BigDecimal.valueOf(baseline), 2, RoundingMode.HALF_UP);
        }
        return new Combined(target, baseline, withoutBaseline);
    }

    private static String names(List<Former> formers) {
        return formers.stream().map(Former::name).collect(Collectors.joining(", "));
    }

    private record Combined(BigDecimal target, Long baseline, List<Former> withoutBaseline) {
    }
}
