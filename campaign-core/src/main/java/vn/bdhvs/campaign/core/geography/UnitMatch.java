package vn.bdhvs.campaign.core.geography;

import java.util.List;

/**
 * A unit found by name: a current province or commune, or a former one with the current units it
 * became. {@code place} locates it in words ("tỉnh Phú Thọ" for a commune, "huyện Yên Lạc, tỉnh
 * Vĩnh Phúc" for a former commune); {@code code} is the current code, or the old code of a former
 * commune when the reference data has one.
 */
public record UnitMatch(Kind kind, String code, String name, String place, List<Successor> successors) {

    public enum Kind {
        PROVINCE, FORMER_PROVINCE, COMMUNE, FORMER_COMMUNE;

        public boolean former() {
            return this == FORMER_PROVINCE || this == FORMER_COMMUNE;
        }
    }

    /** A current unit that a former one became, within the caller's scope. */
    public record Successor(Kind kind, String code, String name, String place) {
    }

    public UnitMatch {
        successors = List.copyOf(successors);
    }
}
