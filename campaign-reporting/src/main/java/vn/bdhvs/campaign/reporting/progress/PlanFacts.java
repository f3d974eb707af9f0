package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A year's targets and population baselines of one or more current provinces and their former
 * provinces, and which former provinces each current commune was formed from.
 */
final class PlanFacts {

    /** A province (commune null) or a commune of it. */
    record Unit(long provinceId, Long communeId) {

        static Unit province(long provinceId) {
            return new Unit(provinceId, null);
        }

        static Unit commune(long provinceId, long communeId) {
            return new Unit(provinceId, communeId);
        }
    }

    record TargetKey(Unit unit, long indicatorId, Long groupId) {
    }

    record BaselineKey(Unit unit, Long groupId) {
    }

    record ProvinceGroup(long provinceId, Long groupId) {
    }

    /** A former province: its successor and name. */
    record Former(long id, long successorId, String name) {
    }

    final Map<TargetKey, BigDecimal> targets = new HashMap<>();

    final Map<BaselineKey, Long> baselines = new HashMap<>();

    /** The sum of some communes' baselines and how many communes have one. */
    record BaselineSum(long headCount, int communes) {

        BaselineSum plus(long more) {
            return new BaselineSum(headCount + more, communes + 1);
        }
    }

    /** per current province and group: its communes' baselines */
    final Map<ProvinceGroup, BaselineSum> communeBaselines = new HashMap<>();

    final Map<Long, Former> formers = new HashMap<>();

    /** current commune → the former provinces it was formed from (from the lineage) */
    final Map<Long, Set<Long>> formersOfCommune = new HashMap<>();

    void target(long provinceId, Long communeId, long indicatorId, Long groupId, BigDecimal value) {
        targets.put(new TargetKey(new Unit(provinceId, communeId), indicatorId, groupId), value);
    }

    void baseline(long provinceId, Long communeId, Long groupId, long headCount) {
        baselines.put(new BaselineKey(new Unit(provinceId, communeId), groupId), headCount);
        if (communeId != null) {
            communeBaselines.merge(new ProvinceGroup(provinceId, groupId), new BaselineSum(headCount, 1),
                    (sum, one) -> sum.plus(one.headCount()));
        }
    }

    void former(long id, long successorId, String name) {
        formers.put(id, new Former(id, successorId, name));
    }

    void lineage(long communeId, long formerProvinceId) {
        formersOfCommune.computeIfAbsent(communeId, k -> new TreeSet<>()).add(formerProvinceId);
    }

    BigDecimal target(Unit unit, long indicatorId, Long groupId) {
        return targets.get(new TargetKey(unit, indicatorId, groupId));
    }

    Long baseline(Unit unit, Long groupId) {
        return baselines.get(new BaselineKey(unit, groupId));
    }
}
