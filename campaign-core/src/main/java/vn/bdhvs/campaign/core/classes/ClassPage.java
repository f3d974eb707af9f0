package vn.bdhvs.campaign.core.classes;

import java.util.List;

public record ClassPage(List<ClassSummary> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
