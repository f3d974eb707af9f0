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

    private final CommuneResolver resolver;

    private final Actor actor;

    private final Map<Key, Object> resolved = new HashMap<>();

    CommuneCells(CommuneResolver resolver, Actor actor) {
        this.resolver = resolver;
        this.actor = actor;
    }

    /** The commune's id, or a {@link DomainException} with the row error's message. */
    long communeId(String commune, String district, String province) {
        Object outcome = resolved.computeIfAbsent(new Key(commune, district, province), this::resolve);
        if (outcome instanceof DomainException ex) {
            throw ex;
        }
        return (Long) outcome;
    }

    private Object resolve(Key key) {
        if (key.commune().isEmpty()) {
            UnitScope scope = actor.scope();
            return scope.level() == UnitScope.Level.COMMUNE ? (Object) scope.communeId()
                    : new DomainException("import.commune.required");
        }
        CommuneQuery query = key.commune().matches("\\d{5}") ? CommuneQuery.ofCode(key.commune())
                : CommuneQuery.ofName(key.commune(), key.district(), key.province());
        CommuneResolution resolution = resolver.resolve(query);
        return switch (resolution.status()) {
            case NOT_FOUND -> new DomainException("import.commune.unknown", key.commune());
            case AMBIGUOUS -> new DomainException("import.commune.ambiguous", key.commune(),
                    resolution.candidates().stream().map(c -> c.name() + " (" + c.code() + ", " + c.provinceName() + ")")
                            .collect(Collectors.joining("; ")));
            case RESOLVED -> inScope(resolution.commune());
        };
    }

    private Object inScope(CommuneSummary commune) {
        return actor.scope().includesCommune(commune.provinceId(), commune.id()) ? (Object) commune.id()
                : new DomainException("import.commune.outOfScope", commune.name());
    }
}
