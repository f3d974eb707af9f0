package vn.bdhvs.campaign.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FreshnessTests {

    @Test
    void shouldSayHowLongAgoInTheUnitAReaderTakesInAtAGlance() {
        assertThat(Freshness.of(Duration.ofSeconds(-3))).isEqualTo(new Freshness(0, 0));
        assertThat(Freshness.of(Duration.ofSeconds(119))).isEqualTo(new Freshness(119, 0));
        assertThat(Freshness.of(Duration.ofMinutes(47))).isEqualTo(new Freshness(47, 1));
        assertThat(Freshness.of(Duration.ofSeconds(16_993))).isEqualTo(new Freshness(4, 2));
        assertThat(Freshness.of(Duration.ofDays(9))).isEqualTo(new Freshness(9, 3));
    }
}
