package vn.bdhvs.campaign.core.planning;

import java.util.List;

import vn.bdhvs.campaign.core.audit.AuditLog.AuditEntry;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

public record TargetHistory(ProvinceSummary province, List<AuditEntry> entries) {
}
