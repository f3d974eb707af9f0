package vn.bdhvs.campaign.core.geography;

import java.time.LocalDate;

/**
 * A province as shown to users. {@code code} is null and {@code validTo} set for a former
 * province; {@code successorName} and {@code successorCode} name the province it was merged into.
 */
public record ProvinceSummary(long id, String code, String name, ProvinceKind kind, LocalDate validTo,
        Long successorId, String successorName, String successorCode, int communeCount) {

    public boolean former() {
        return validTo != null;
    }
}
