package vn.bdhvs.campaign.core.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.common.DomainException;

class CitizenIdHasherTests {

    static final byte[] KEY = filled(7);

    @Test
    void shouldRecogniseTheSamePersonHoweverTheIdIsTyped() {
        CitizenIdHasher hasher = new CitizenIdHasher(KEY);
        assertThat(hasher.hash("079 195 001 234")).isEqualTo(hasher.hash("079195001234"));
        assertThat(hasher.hash("079195001234")).isNotEqualTo(hasher.hash("079195001235"));
    }

    @Test
    void shouldNotRevealTheIdAndDependOnTheKey() {
        String hash = new CitizenIdHasher(KEY).hash("079195001234");
        assertThat(hash).hasSize(64).doesNotContain("079195001234");
        assertThat(new CitizenIdHasher(filled(8)).hash("079195001234")).isNotEqualTo(hash);
    }

    @Test
    void shouldRejectAnythingButTwelveDigits() {
        CitizenIdHasher hasher = new CitizenIdHasher(KEY);
        for (String bad : new String[] { "07919500123", "0791950012345", "07919500123a", "" }) {
            assertThatThrownBy(() -> hasher.hash(bad)).isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> new CitizenIdHasher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
