package vn.bdhvs.campaign.reporting.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Counter sums: per commune the counts before and during the year; per month for the whole unit. */
final class Counts {

    /** What a unit counted before the year and during it. */
    record Count(long before, long during) {

        static final Count NONE = new Count(0, 0);

        static Count of(boolean beforeTheYear, long value) {
            return beforeTheYear ? new Count(value, 0) : new Count(0, value);
        }

        Count plus(Count other) {
            return new Count(before + other.before, during + other.during);
        }

        long total() {
            return before + during;
        }
    }

    private record Key(Long unitId, Long groupId, String metric) {
    }

    private final Map<Key, Count> communes = new HashMap<>();

    private final Map<Key, Count> totals = new HashMap<>();

    private final Map<Key, long[]> months = new HashMap<>();

    private Instant updatedAt;

    void addCommune(long communeId, Long groupId, String metric, boolean before, long value) {
        communes.merge(new Key(communeId, groupId, metric), Count.of(before, value), Count::plus);
    }

    /** Month 0 holds what was counted before the year. */
    void addMonth(Long groupId, String metric, int month, long value) {
        Key key = new Key(null, groupId, metric);
        months.computeIfAbsent(key, k -> new long[13])[month] += value;
        totals.merge(key, Count.of(month == 0, value), Count::plus);
    }

    void touched(Timestamp candidate) {
        if (candidate != null && (updatedAt == null || candidate.toInstant().isAfter(updatedAt))) {
            updatedAt = candidate.toInstant();
        }
    }

    /** When a counter summed here last changed, or null if none. */
    Instant updatedAt() {
        return updatedAt;
    }

    /** The communes that have counts. */
    Set<Long> communeIds() {
        Set<Long> ids = new HashSet<>();
        communes.keySet().forEach(key -> ids.add(key.unitId()));
        return ids;
    }

    Count total(String metric, Long groupId) {
        return totals.getOrDefault(new Key(null, groupId, metric), Count.NONE);
    }

    Count commune(long communeId, String metric, Long groupId) {
        return communes.getOrDefault(new Key(communeId, groupId, metric), Count.NONE);
    }

    Count sum(Collection<Long> communeIds, String metric, Long groupId) {
        Count sum = Count.NONE;
        for (Long communeId : communeIds) {
            sum = sum.plus(commune(communeId, metric, groupId));
        }
        return sum;
    }

    /** The unit's count per month of the year; index 0 is what was counted before it. */
    long[] months(String metric, Long groupId) {
        return months.getOrDefault(new Key(null, groupId, metric), new long[13]);
    }
}
