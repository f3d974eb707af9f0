package vn.bdhvs.campaign.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumberInputTests {

    @Test
    void shouldReadNumbersAsVietnameseUsersTypeThem() {
        assertThat(NumberInput.parse("1.100.000")).isEqualByComparingTo("1100000");
        assertThat(NumberInput.parse("1 600 000")).isEqualByComparingTo("1600000");
        assertThat(NumberInput.parse("80")).isEqualByComparingTo("80");
        assertThat(NumberInput.parse("80,5")).isEqualByComparingTo("80.5");
        assertThat(NumberInput.parse("80.5%")).isEqualByComparingTo("80.5");
        assertThat(NumberInput.parse("1,100,000")).isEqualByComparingTo("1100000");
        assertThat(NumberInput.parse("  ")).isNull();
    }

    @Test
    void shouldRejectText() {
        assertThatThrownBy(() -> NumberInput.parse("tám mươi")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> NumberInput.parse("80a")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void shouldCheckValuesAgainstTheIndicatorKind() {
        assertThat(IndicatorKind.SHARE_OF_GROUP.check(new BigDecimal("100"))).isEmpty();
        assertThat(IndicatorKind.SHARE_OF_GROUP.check(new BigDecimal("100.01"))).get()
                .extracting(m -> m.code()).isEqualTo("planning.value.percentRange");
        assertThat(IndicatorKind.COUNT.check(new BigDecimal("-1"))).get().extracting(m -> m.code())
                .isEqualTo("planning.value.negative");
        assertThat(IndicatorKind.COUNT.check(new BigDecimal("2.5"))).get().extracting(m -> m.code())
                .isEqualTo("planning.value.wholeNumber");
        assertThat(IndicatorKind.COUNT.check(new BigDecimal("1100000.00"))).isEmpty();
    }
}
