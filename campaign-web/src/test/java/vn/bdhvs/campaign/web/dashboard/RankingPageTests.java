package vn.bdhvs.campaign.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.geography.CommuneKind;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.planning.Indicator;
import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.Dashboards.CommuneProgress;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

class RankingPageTests {

    static final Indicator SHARE = new Indicator(1, "TRAINED_SHARE", IndicatorKind.SHARE_OF_GROUP, true, true, "Tỷ lệ",
            "Share", "TRAINED");

    @Test
    void shouldRankByTheShareOfTargetWhereKnownThenByTheCount() {
        List<CommuneProgress> communes = new ArrayList<>(List.of(
                commune("Phường Bến Thành", 500, null, ProgressStatus.UNKNOWN),
                commune("Phường Thủ Dầu Một", 40, "95.0", ProgressStatus.AT_RISK),
                commune("Phường An Đông", 10, null, ProgressStatus.UNKNOWN),
                commune("Phường Phú Lợi", 90, "40.5", ProgressStatus.BEHIND)));
        communes.sort(Dashboards.RANKING);
        assertThat(communes).extracting(c -> c.commune().name()).containsExactly("Phường Phú Lợi",
                "Phường Thủ Dầu Một", "Phường An Đông", "Phường Bến Thành");
    }

    @Test
    void shouldPageSearchWithoutAccentsAndKeepEachCommunesRank() {
        List<CommuneProgress> communes = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            communes.add(commune("Xã Số " + i, i, null, i % 2 == 0 ? ProgressStatus.BEHIND : ProgressStatus.ON_TRACK));
        }
        communes.add(commune("Phường Thủ Dầu Một", 99, null, ProgressStatus.BEHIND));
        RankingPage first = RankingPage.of(communes, null, null, 0);
        assertThat(first.rows()).hasSize(25);
        assertThat(first.totalPages()).isEqualTo(3);
        RankingPage last = RankingPage.of(communes, null, null, 99);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.rows()).hasSize(11);
        RankingPage found = RankingPage.of(communes, null, "thu dau mot", 0);
        assertThat(found.rows()).singleElement().satisfies(row -> assertThat(row.rank()).isEqualTo(61));
        assertThat(RankingPage.of(communes, ProgressStatus.BEHIND, null, -3).matching()).isEqualTo(31);
        assertThat(RankingPage.of(communes, null, "Xã số 1", 0).rows()).extracting(RankingPage.Row::rank)
                .startsWith(1, 10, 11);
    }

    private static CommuneProgress commune(String name, long actual, String percentOfTarget, ProgressStatus status) {
        return new CommuneProgress(new CommuneSummary(name.hashCode(), "00000", name, CommuneKind.PHUONG, 79,
                "Thành phố Hồ Chí Minh", 0), new ProgressValue(SHARE, null, actual, null, null, null,
                percentOfTarget == null ? null : new BigDecimal(percentOfTarget), null, status, null));
    }
}
