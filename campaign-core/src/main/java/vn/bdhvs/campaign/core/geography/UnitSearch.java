package vn.bdhvs.campaign.core.geography;

import java.util.List;

/** One page of the units whose current or former name matches a query, and how many match in all. */
public record UnitSearch(String query, List<UnitMatch> matches, int total, int page, int pageSize) {

    public UnitSearch {
        matches = List.copyOf(matches);
    }

    public int totalPages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
