package vn.bdhvs.campaign.core.boundaries;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceDetail;
import vn.bdhvs.campaign.core.geography.UnitScope;

/**
 * Commune boundaries of a province, uploaded by an ADMIN as a GeoJSON FeatureCollection whose
 * features carry the 5-digit commune code in {@code properties.code} (or {@code ma_xa}). The
 * file is checked in full, then stored with only geometry and code, so nothing else from the
 * file ever reaches a page.
 */
@Service
public class BoundaryService {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final GeographyService geography;

    private final AuditLog audit;

    private final Clock clock;

    BoundaryService(JdbcClient jdbc, JsonMapper json, GeographyService geography, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    /** Replaces the province's boundaries; returns the number of communes mapped. */
    @Transactional
    public int upload(Actor actor, String provinceCode, byte[] content) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("boundary.upload");
        }
        ProvinceDetail province = geography.province(UnitScope.nation(), provinceCode);
        Set<String> codes = new HashSet<>();
        province.communes().forEach(c -> codes.add(c.code()));
        JsonNode root;
        try {
            root = json.readTree(content);
        }
        catch (JacksonException ex) {
            throw new DomainException("boundary.notGeoJson");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(null))
                || !root.path("features").isArray() || root.path("features").isEmpty()) {
            throw new DomainException("boundary.notGeoJson");
        }
        ArrayNode features = json.createArrayNode();
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            ObjectNode geometry = rebuild(feature.path("geometry"), index);
            JsonNode properties = feature.path("properties");
            String code = properties.path("code").asString(properties.path("ma_xa").asString(""));
            if (!codes.contains(code)) {
                throw new DomainException("boundary.unknownCommune", index, code, province.province().name());
            }
            ObjectNode clean = features.addObject();
            clean.put("type", "Feature");
            clean.putObject("properties").put("code", code);
            clean.set("geometry", geometry);
        }
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        jdbc.sql("""
                insert into commune_boundary_set (province_id, geojson, features, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?)
                on conflict (province_id) do update set geojson = excluded.geojson, features = excluded.features,
                    uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by
                """).params(province.province().id(), json.writeValueAsString(collection), features.size(),
                OffsetDateTime.now(clock), actor.username()).update();
        audit.record(actor.username(), "UPLOAD", "commune_boundary_set", province.province().id(), null,
                Map.of("features", features.size()));
        return features.size();
    }

    /**
     * A fresh geometry made of its type and numeric coordinates only: whatever else the file put
     * in it is dropped, and anything that is not a longitude/latitude pair where one belongs
     * rejects the file.
     */
    private ObjectNode rebuild(JsonNode geometry, int index) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        ArrayNode clean = json.createArrayNode();
        boolean valid = switch (type) {
            case "Polygon" -> polygon(coordinates, clean);
            case "MultiPolygon" -> multiPolygon(coordinates, clean);
            default -> false;
        };
        if (!valid) {
            throw new DomainException("boundary.badGeometry", index);
        }
        ObjectNode rebuilt = json.createObjectNode();
        rebuilt.put("type", type);
        rebuilt.set("coordinates", clean);
        return rebuilt;
    }

    private static boolean multiPolygon(JsonNode polygons, ArrayNode into) {
        if (!polygons.isArray() || polygons.isEmpty()) {
            return false;
        }
        for (JsonNode polygon : polygons) {
            if (!polygon(polygon, into.addArray())) {
                return false;
            }
        }
        return true;
    }

    /** Rings of at least four [longitude, latitude] positions (an optional third number is dropped). */
    private static boolean polygon(JsonNode rings, ArrayNode into) {
        if (!rings.isArray() || rings.isEmpty()) {
            return false;
        }
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return false;
            }
            ArrayNode cleanRing = into.addArray();
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || position.size() > 3 || !number(position.get(0), 180)
                        || !number(position.get(1), 90) || position.size() == 3 && !number(position.get(2), 1e6)) {
                    return false;
                }
                cleanRing.addArray().add(position.get(0).doubleValue()).add(position.get(1).doubleValue());
            }
        }
        return true;
    }

    private static boolean number(JsonNode node, double bound) {
        return node.isNumber() && Double.isFinite(node.doubleValue()) && Math.abs(node.doubleValue()) <= bound;
    }

    /** The province's normalised boundaries as GeoJSON text, if uploaded. */
    @Transactional(readOnly = true)
    public Optional<String> boundaries(long provinceId) {
        return jdbc.sql("select geojson from commune_boundary_set where province_id = ?").param(provinceId)
                .query(String.class).optional();
    }

}
