package vn.bdhvs.campaign.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.core.planning.TargetGroup;

class ProgressCalculatorTests {

    static final Indicator SHARE = new Indicator(1, "TRAINED_SHARE", IndicatorKind.SHARE_OF_GROUP, true, true, "Tỷ lệ",
            "Share", "TRAINED");

    static final Indicator COUNT = new Indicator(2, "VNEID_COUNT", IndicatorKind.COUNT, true, true, "Số", "Count",
            "VNEID_CONFIRMED");

    static final TargetGroup ADULTS = new TargetGroup(4, "ADULTS", "Người dân", "Adults", true);

    static final StatusThresholds THRESHOLDS = new StatusThresholds(1.0, 0.9);

    /** 2025 is not a leap year; 1 July is its 182nd day. */
    static final LocalDate MID_2025 = LocalDate.of(2025, 7, 1);

    @Test
    void shouldProjectTheYearAtItsRunRate() {
        // 100 before the year, 50 in the first 182 days: 100 + 50 × 365 / 182 ≈ 200
        ProgressValue value = evaluate(COUNT, 2025, MID_2025, 150, 100, null, "200");
        assertThat(value.projection()).isEqualByComparingTo("200");
        assertThat(value.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(value.percentOfTarget()).isEqualByComparingTo("75.0");
    }

    @Test
    void shouldFlagAtRiskAndBehindByTheThresholds() {
        assertThat(evaluate(COUNT, 2025, MID_2025, 90, 0, null, "190").status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(evaluate(COUNT, 2025, MID_2025, 80, 0, null, "190").status()).isEqualTo(ProgressStatus.BEHIND);
        // a past year is judged on its final count
        assertThat(evaluate(COUNT, 2024, MID_2025, 95, 0, null, "100").status()).isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void shouldSayThereIsNoTarget() {
        ProgressValue value = evaluate(COUNT, 2025, MID_2025, 10, 0, null, null);
        assertThat(value.status()).isEqualTo(ProgressStatus.NO_TARGET);
        assertThat(value.percentOfTarget()).isNull();
    }

    @Test
    void shouldCallAShareUnknownWithoutABaselineInsteadOfDividingByZero() {
        ProgressValue none = evaluate(SHARE, 2025, MID_2025, 10, 0, null, "80");
        assertThat(none.share()).isNull();
        assertThat(none.status()).isEqualTo(ProgressStatus.UNKNOWN);
        ProgressValue zero = evaluate(SHARE, 2025, MID_2025, 10, 0, 0L, "80");
        assertThat(zero.share()).isNull();
        assertThat(zero.percentOfTarget()).isNull();
    }

    @Test
    void shouldTreatATargetOfZeroAsMet() {
        ProgressValue value = evaluate(COUNT, 2025, MID_2025, 0, 0, null, "0");
        assertThat(value.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(value.percentOfTarget()).isNull();
    }

    @Test
    void shouldShowMoreThanAHundredPercent() {
        ProgressValue value = evaluate(SHARE, 2024, MID_2025, 900, 0, 1000L, "60");
        assertThat(value.share()).isEqualByComparingTo("90.0");
        assertThat(value.percentOfTarget()).isEqualByComparingTo("150.0");
        assertThat(value.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void shouldWaitForAYearThatHasNotStarted() {
        ProgressValue value = evaluate(SHARE, 2026, MID_2025, 300, 300, 1000L, "100");
        assertThat(value.status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(value.projection()).isNull();
        assertThat(value.share()).isEqualByComparingTo("30.0");
    }

    private static ProgressValue evaluate(Indicator indicator, int year, LocalDate today, long actual, long before,
            Long baseline, String target) {
        return ProgressCalculator.evaluate(indicator, ADULTS, year, today, actual, before,
                new Plan(target == null ? null : new BigDecimal(target), false, baseline, null, null), THRESHOLDS);
    }
}
