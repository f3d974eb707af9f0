package vn.bdhvs.campaign.core.geography;

public record CommuneSummary(long id, String code, String name, CommuneKind kind, long provinceId,
        String provinceName, int formerUnitCount) {
}
