package vn.bdhvs.campaign.core.geography;

import java.util.List;

/**
 * The outcome of resolving a {@link CommuneQuery}: exactly one current commune, several
 * candidates (never guessed between), or none. {@code viaLineage} says the match went through a
 * pre-2025 name or code.
 */
public record CommuneResolution(Status status, List<CommuneSummary> candidates, boolean viaLineage) {

    public enum Status {
        RESOLVED, AMBIGUOUS, NOT_FOUND
    }

    public CommuneResolution {
        candidates = List.copyOf(candidates);
    }

    static CommuneResolution of(List<CommuneSummary> candidates, boolean viaLineage) {
        Status status = switch (candidates.size()) {
            case 0 -> Status.NOT_FOUND;
            case 1 -> Status.RESOLVED;
            default -> Status.AMBIGUOUS;
        };
        return new CommuneResolution(status, candidates, viaLineage);
    }

    /** The current commune, when resolved. */
    public CommuneSummary commune() {
        if (status != Status.RESOLVED) {
            throw new IllegalStateException("Commune not resolved: " + status);
        }
        return candidates.get(0);
    }
}
