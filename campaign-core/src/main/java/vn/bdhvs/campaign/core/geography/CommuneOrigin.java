package vn.bdhvs.campaign.core.geography;

/** A current commune formed (wholly or partly) from communes of a former province. */
public record CommuneOrigin(long communeId, long oldProvinceId) {
}
