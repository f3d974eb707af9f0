package vn.bdhvs.campaign.core.training;

import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;

public record ClassDetail(ClassSummary summary, CommuneSummary commune, List<Long> groupIds, long version,
        List<SessionView> sessions, List<EnrollmentView> enrollments, boolean editable) {
}
