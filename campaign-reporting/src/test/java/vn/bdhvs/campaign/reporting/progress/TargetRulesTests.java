package vn.bdhvs.campaign.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;

/**
 * The former-province rule on a small made-up successor: province 79 with communes 1–4; commune 1
 * formed from the former province 7 ("Bình Dương"), commune 2 from 8 ("Bà Rịa - Vũng Tàu"),
 * commune 3 from both, commune 4 from the successor's own old area.
 */
class TargetRulesTests {

    static final Indicator SHARE = new Indicator(1, "TRAINED_SHARE", IndicatorKind.SHARE_OF_GROUP, true, true, "Tỷ lệ",
            "Share", "TRAINED");

    static final Indicator COUNT = new Indicator(2, "VNEID_COUNT", IndicatorKind.COUNT, true, true, "Số", "Count",
            "VNEID_CONFIRMED");

    static final long HCM = 79;

    static final long BINH_DUONG = 7;

    static final long BA_RIA = 8;

    static final Long GROUP = 40L;

    PlanFacts facts;

    @BeforeEach
    void successorWithTwoFormerProvinces() {
        facts = new PlanFacts();
        facts.former(BINH_DUONG, HCM, "Bình Dương");
        facts.former(BA_RIA, HCM, "Bà Rịa - Vũng Tàu");
        facts.lineage(1, BINH_DUONG);
        facts.lineage(2, BA_RIA);
        facts.lineage(3, BINH_DUONG);
        facts.lineage(3, BA_RIA);
    }

    @Test
    void shouldApplyAFormerProvincesTargetOnlyToTheCommunesFormedFromIt() {
        facts.target(BINH_DUONG, null, SHARE.id(), GROUP, new BigDecimal("80"));
        facts.baseline(BINH_DUONG, null, GROUP, 46_000);
        TargetRules rules = new TargetRules(facts);

        Plan province = rules.province(HCM, 4, SHARE, GROUP, true);
        assertThat(province.target()).isEqualByComparingTo("80");
        assertThat(province.area()).containsExactly(1L, 3L);
        assertThat(province.baseline()).isEqualTo(46_000L);
        assertThat(province.note().code()).isEqualTo("progress.note.formerTarget");
        assertThat(province.note().args()).containsExactly("Bình Dương", 2);

        assertThat(rules.commune(HCM, 1, SHARE, GROUP, true).target()).isEqualByComparingTo("80");
        assertThat(rules.commune(HCM, 3, SHARE, GROUP, true).target()).isEqualByComparingTo("80");
        // a commune of another former province, or of the successor's own old area, gets nothing
        assertThat(rules.commune(HCM, 2, SHARE, GROUP, true).target()).isNull();
        assertThat(rules.commune(HCM, 4, SHARE, GROUP, true).target()).isNull();
        // without former provinces there is no target at all
        assertThat(rules.province(HCM, 4, SHARE, GROUP, false).target()).isNull();
        assertThat(rules.province(HCM, 4, SHARE, GROUP, false).targetUnknown()).isFalse();
        assertThat(rules.commune(HCM, 1, SHARE, GROUP, false).target()).isNull();
    }

    @Test
    void shouldWeighSeveralFormerShareTargetsByTheirBaselinesOrSayWhichBaselineIsMissing() {
        facts.target(BINH_DUONG, null, SHARE.id(), GROUP, new BigDecimal("80"));
        facts.target(BA_RIA, null, SHARE.id(), GROUP, new BigDecimal("50"));
        facts.baseline(BINH_DUONG, null, GROUP, 3_000);
        Plan missing = new TargetRules(facts).province(HCM, 4, SHARE, GROUP, true);
        assertThat(missing.target()).isNull();
        assertThat(missing.targetUnknown()).isTrue();
        assertThat(missing.note().code()).isEqualTo("progress.note.formerBaselineMissing");
        assertThat(missing.note().args()).containsExactly("Bà Rịa - Vũng Tàu");

        facts.baseline(BA_RIA, null, GROUP, 1_000);
        Plan weighted = new TargetRules(facts).province(HCM, 4, SHARE, GROUP, true);
        assertThat(weighted.target()).isEqualByComparingTo("72.50"); // (80 × 3,000 + 50 × 1,000) / 4,000
        assertThat(weighted.baseline()).isEqualTo(4_000L);
        assertThat(weighted.area()).containsExactly(1L, 2L, 3L);
        // commune 3, formed from both, gets the weighted target too
        assertThat(new TargetRules(facts).commune(HCM, 3, SHARE, GROUP, true).target()).isEqualByComparingTo("72.50");
    }

    @Test
    void shouldAddUpFormerCountTargetsAndAskForAllocationOnCommunes() {
        facts.target(BINH_DUONG, null, COUNT.id(), GROUP, new BigDecimal("1600000"));
        facts.target(BA_RIA, null, COUNT.id(), GROUP, new BigDecimal("400000"));
        TargetRules rules = new TargetRules(facts);
        assertThat(rules.province(HCM, 4, COUNT, GROUP, true).target()).isEqualByComparingTo("2000000");
        Plan commune = rules.commune(HCM, 1, COUNT, GROUP, true);
        assertThat(commune.target()).isNull();
        assertThat(commune.note().code()).isEqualTo("progress.note.notAllocated");
        facts.target(HCM, 1L, COUNT.id(), GROUP, new BigDecimal("25000"));
        assertThat(new TargetRules(facts).commune(HCM, 1, COUNT, GROUP, true).target()).isEqualByComparingTo("25000");
        assertThat(rules.commune(HCM, 4, COUNT, GROUP, true).note()).isNull();
    }

    @Test
    void shouldPreferTheSuccessorsOwnTargetAndNeverUseAPartialBaseline() {
        facts.target(BINH_DUONG, null, SHARE.id(), GROUP, new BigDecimal("80"));
        facts.target(HCM, null, SHARE.id(), GROUP, new BigDecimal("70"));
        facts.baseline(HCM, 1L, GROUP, 100);
        facts.baseline(HCM, 2L, GROUP, 200);
        TargetRules rules = new TargetRules(facts);
        Plan province = rules.province(HCM, 4, SHARE, GROUP, true);
        assertThat(province.target()).isEqualByComparingTo("70");
        assertThat(province.area()).isNull();
        // two of four communes have a baseline: the province's is unknown, and the note says so
        assertThat(province.baseline()).isNull();
        assertThat(province.note().code()).isEqualTo("progress.note.missingProvinceBaseline");
        assertThat(province.note().args()).containsExactly(2, 4);
        // the province's share target is copied down; a commune without a baseline says so
        assertThat(rules.commune(HCM, 4, SHARE, GROUP, true).target()).isEqualByComparingTo("70");
        assertThat(rules.commune(HCM, 4, SHARE, GROUP, true).note().code()).isEqualTo("progress.note.missingBaseline");
        assertThat(rules.commune(HCM, 1, SHARE, GROUP, true).baseline()).isEqualTo(100L);
        // with every commune's baseline the province's is their sum
        facts.baseline(HCM, 3L, GROUP, 300);
        facts.baseline(HCM, 4L, GROUP, 400);
        assertThat(new TargetRules(facts).province(HCM, 4, SHARE, GROUP, true).baseline()).isEqualTo(1_000L);
    }
}
