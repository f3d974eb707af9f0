package vn.bdhvs.campaign.core.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.CommuneQuery;
import vn.bdhvs.campaign.core.geography.CommuneResolution;
import vn.bdhvs.campaign.core.geography.CommuneResolver;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/**
 * The commune of a row, from its commune, old district and province cells: a current code, a
 * current name, or a pre-2025 name resolved through the lineage. Several candidates or none are
 * row errors (the candidates listed), never a guess; a commune outside the importer's scope is a
 * row error too. Each distinct cell combination is resolved once per file.
 */
final class CommuneCells {

    private record Key(String commune, String district, String province) {
    }

    /** A commune id, or why there is none. */
    private record Resolved(Long communeId, DomainException refusal) {

        static Resolved of(long communeId) {
            return new Resolved(communeId, null);
        }

        static Resolved refused(String code, Object... args) {
            return new Resolved(null, new DomainException(code, args));
        }
    }

    private final CommuneResolver resolver;

    private final Actor actor;

    private final Map<Key, Resolved> resolved = new HashMap<>();

    CommuneCells(CommuneResolver resolver, Actor actor) {
        this.resolver = resolver;
        this.actor = actor;
    }

    /** The commune's id, or a {@link DomainException} with the row error's message. */
    long communeId(String commune, String district, String province) {
        Resolved outcome = resolved.computeIfAbsent(new Key(commune, district, province), this::resolve);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.communeId();
    }

    private Resolved resolve(Key key) {
        if (key.commune().isEmpty()) {
            UnitScope scope = actor.scope();
            return scope.level() == UnitScope.Level.COMMUNE ? Resolved.of(scope.communeId())
                    : Resolved.refused("import.commune.required");
        }
        CommuneQuery query = key.commune().matches("\\d{5}") ? CommuneQuery.ofCode(key.commune())
                : CommuneQuery.ofName(key.commune(), key.district(), key.province());
        CommuneResolution resolution = resolver.resolve(query);
        return switch (resolution.status()) {
            case NOT_FOUND -> Resolved.refused("import.commune.unknown", key.commune());
            case AMBIGUOUS -> Resolved.refused("import.commune.ambiguous", key.commune(),
                    resolution.candidates().stream().map(c -> c.name() + " (" + c.code() + ", " + c.provinceName() + ")")
                            .collect(Collectors.joining("; ")));
            case RESOLVED -> inScope(resolution.commune());
        };
    }

    private Resolved inScope(CommuneSummary commune) {
        return actor.scope().includesCommune(commune.provinceId(), commune.id()) ? Resolved.of(commune.id())
                : Resolved.refused("import.commune.outOfScope", commune.name());
    }
}
