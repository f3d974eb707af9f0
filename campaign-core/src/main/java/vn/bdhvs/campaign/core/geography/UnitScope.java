package vn.bdhvs.campaign.core.geography;

/**
 * The part of the country a caller may see: the whole nation, one province (with the former
 * provinces merged into it), or one commune. Every geography-bound query takes one.
 */
public record UnitScope(Level level, Long provinceId, Long communeId) {

    public enum Level {
        NATION, PROVINCE, COMMUNE
    }

    public UnitScope {
        if (level == null || (level != Level.NATION && provinceId == null)
                || (level == Level.COMMUNE && communeId == null)) {
            throw new IllegalArgumentException("Incomplete scope: " + level + " " + provinceId + " " + communeId);
        }
    }

    public static UnitScope nation() {
        return new UnitScope(Level.NATION, null, null);
    }

    public static UnitScope province(long provinceId) {
        return new UnitScope(Level.PROVINCE, provinceId, null);
    }

    public static UnitScope commune(long provinceId, long communeId) {
        return new UnitScope(Level.COMMUNE, provinceId, communeId);
    }

    /** Whether the whole province is visible (a commune scope sees only its own commune). */
    public boolean includesProvince(long id) {
        return level == Level.NATION || (level == Level.PROVINCE && provinceId == id);
    }

    public boolean includesCommune(long communeProvinceId, long id) {
        return switch (level) {
            case NATION -> true;
            case PROVINCE -> provinceId == communeProvinceId;
            case COMMUNE -> communeId == id;
        };
    }
}
