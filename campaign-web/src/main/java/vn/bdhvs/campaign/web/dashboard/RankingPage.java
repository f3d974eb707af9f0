package vn.bdhvs.campaign.web.dashboard;

import java.util.ArrayList;
import java.util.List;

import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.reporting.progress.Dashboards;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;

/**
 * One page of the commune ranking, after the status filter and a name search (accents and the
 * unit prefix optional). Each row keeps its place in the whole ranking.
 */
record RankingPage(List<Row> rows, int page, int totalPages, int matching, int total) {

    static final int SIZE = 25;

    record Row(int rank, Dashboards.CommuneProgress commune) {
    }

    static RankingPage of(List<Dashboards.CommuneProgress> ranking, ProgressStatus status, String query, int page) {
        String key = query == null || query.isBlank() ? null : VietnameseNames.foldedCommuneBareKey(query);
        List<Row> matching = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            Dashboards.CommuneProgress commune = ranking.get(i);
            if ((status == null || commune.value().status() == status)
                    && (key == null || VietnameseNames.folded(commune.commune().name()).contains(key))) {
                matching.add(new Row(i + 1, commune));
            }
        }
        int totalPages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
        int current = Math.min(Math.max(page, 0), totalPages - 1);
        return new RankingPage(matching.subList(current * SIZE, Math.min(matching.size(), (current + 1) * SIZE)),
                current, totalPages, matching.size(), ranking.size());
    }
}
