package vn.bdhvs.campaign.core.geography;

import java.time.LocalDate;

/**
 * A province as shown to users. {@code code} is null and {@code validTo} set for a former
 * province; {@code successorName} names the province it was merged into.
 */
public record ProvinceSummary(long id, String code, String name, ProvinceKind kind, LocalDate validTo,
        Long successorId, String successorName, int communeCount) {

    public boolean former() {
        return validTo != null;
    }
}
