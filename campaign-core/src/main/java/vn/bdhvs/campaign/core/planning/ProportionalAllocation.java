package vn.bdhvs.campaign.core.planning;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole-number total in proportion to weights so that the parts add up to the total
 * exactly (largest-remainder method). Each part gets the floor of its exact quota; the units left
 * over go to the largest remainders, ties going to the larger weight and then to the earlier key
 * in the given order. The same input always gives the same split.
 */
public final class ProportionalAllocation {

    private ProportionalAllocation() {
    }

    /**
     * @param weights non-negative weights in a stable order (communes by code); a zero weight gets 0
     * @throws IllegalArgumentException when the total is negative or every weight is zero
     */
    public static <K> Map<K, Long> split(long total, Map<K, Long> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        BigInteger sum = weights.values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("every weight is zero");
        }
        List<Share<K>> shares = new ArrayList<>();
        long allocated = 0;
        int order = 0;
        for (Map.Entry<K, Long> entry : weights.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("negative weight for " + entry.getKey());
            }
            BigInteger[] quota = BigInteger.valueOf(total).multiply(BigInteger.valueOf(entry.getValue()))
                    .divideAndRemainder(sum);
            shares.add(new Share<>(order++, entry.getKey(), entry.getValue(), quota[0].longValueExact(), quota[1]));
            allocated += quota[0].longValueExact();
        }
        long left = total - allocated;
        List<Share<K>> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.<Share<K>, BigInteger>comparing(Share::remainder).reversed()
                .thenComparing(Comparator.<Share<K>>comparingLong(Share::weight).reversed())
                .thenComparingInt(Share::order));
        long[] parts = new long[shares.size()];
        shares.forEach(share -> parts[share.order()] = share.floor());
        for (int i = 0; i < left; i++) {
            parts[byRemainder.get(i).order()]++;
        }
        Map<K, Long> result = new LinkedHashMap<>();
        shares.forEach(share -> result.put(share.key(), parts[share.order()]));
        return result;
    }

    private record Share<K>(int order, K key, long weight, long floor, BigInteger remainder) {
    }
}
