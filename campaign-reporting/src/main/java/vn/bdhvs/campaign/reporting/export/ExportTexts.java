package vn.bdhvs.campaign.reporting.export;

import vn.bdhvs.campaign.core.planning.IndicatorKind;
import vn.bdhvs.campaign.reporting.progress.ProgressStatus;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

/** The words of the exported reports, which are official documents in Vietnamese whatever the page's language. */
final class ExportTexts {

    static final String ALL_GROUPS = "Chung (không theo nhóm)";

    private ExportTexts() {
    }

    static String status(ProgressStatus status) {
        return switch (status) {
            case ON_TRACK -> "Đúng tiến độ";
            case AT_RISK -> "Có nguy cơ chậm";
            case BEHIND -> "Chậm tiến độ";
            case NO_TARGET -> "Chưa có chỉ tiêu";
            case UNKNOWN -> "Chưa xác định (thiếu dân số nền)";
            case NOT_STARTED -> "Chưa đến năm";
        };
    }

    static String group(ProgressValue value) {
        return value.group() == null ? ALL_GROUPS : value.group().nameVi();
    }

    static String groupCode(ProgressValue value) {
        return value.group() == null ? "" : value.group().code();
    }

    /** The unit of the target and the measure: a share of the group in %, or a count. */
    static String unit(ProgressValue value) {
        return value.indicator().kind() == IndicatorKind.SHARE_OF_GROUP ? "%" : "số lượng";
    }
}
