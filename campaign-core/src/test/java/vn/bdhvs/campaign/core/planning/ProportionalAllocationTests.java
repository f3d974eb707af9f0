package vn.bdhvs.campaign.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ProportionalAllocationTests {

    @Test
    void shouldSplitInProportionAndAddUpExactly() {
        Map<String, Long> split = ProportionalAllocation.split(100, weights(1, 1, 1));
        assertThat(split.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
        // 33.33 each: the one unit left over goes to the first commune in order
        assertThat(split).containsExactly(Map.entry("c0", 34L), Map.entry("c1", 33L), Map.entry("c2", 33L));
    }

    @Test
    void shouldGiveTheLeftoverToTheLargestRemainders() {
        // quotas 4.5, 2.7, 2.8 -> floors 4, 2, 2, two units left for the remainders .8 and .7
        Map<String, Long> split = ProportionalAllocation.split(10, weights(45, 27, 28));
        assertThat(split).containsExactly(Map.entry("c0", 4L), Map.entry("c1", 3L), Map.entry("c2", 3L));
    }

    @Test
    void shouldGiveNothingToACommuneWithZeroPopulation() {
        Map<String, Long> split = ProportionalAllocation.split(7, weights(0, 3, 4));
        assertThat(split).containsExactly(Map.entry("c0", 0L), Map.entry("c1", 3L), Map.entry("c2", 4L));
    }

    @Test
    void shouldAddUpExactlyForAProvinceTargetOverManyCommunes() {
        Random random = new Random(42);
        Map<String, Long> weights = new LinkedHashMap<>();
        for (int i = 0; i < 168; i++) {
            weights.put("c" + i, (long) (i % 17 == 0 ? 0 : random.nextInt(120_000)));
        }
        Map<String, Long> split = ProportionalAllocation.split(1_100_000, weights);
        assertThat(split.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1_100_000);
        assertThat(ProportionalAllocation.split(1_100_000, weights)).isEqualTo(split);
        weights.forEach((key, weight) -> {
            if (weight == 0) {
                assertThat(split.get(key)).isZero();
            }
        });
    }

    @Test
    void shouldRefuseToSplitWithoutAnyPopulation() {
        assertThatThrownBy(() -> ProportionalAllocation.split(10, weights(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Long> weights(long... values) {
        Map<String, Long> weights = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            weights.put("c" + i, values[i]);
        }
        return weights;
    }
}
