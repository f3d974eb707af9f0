package vn.bdhvs.campaign.web.planning;

import java.util.ArrayList;
import java.util.List;

/** The submitted target grid: every cell's text and the version the user saw. */
public record TargetGridForm(int year, Boolean confirmed, List<Cell> cells) {

    public TargetGridForm {
        cells = cells == null ? new ArrayList<>() : cells;
    }

    public record Cell(Long indicatorId, Long groupId, String value, Long version) {
    }
}
