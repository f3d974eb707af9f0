package vn.bdhvs.campaign.core.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a commune written by a person or an import file to the current commune, through the
 * 2025 lineage where needed. Names are compared by {@link VietnameseNames} keys. When several
 * current communes fit, the answer is {@code AMBIGUOUS} with all of them: never a guess.
 */
@Service
@Transactional(readOnly = true)
public class CommuneResolver {

    private static final String CURRENT_COMMUNE = """
            select c.id, c.code, c.name, c.kind, c.province_id, p.name as province_name,
                (select count(distinct (l.old_name_key, l.old_district_key, l.old_province_name))
                 from commune_lineage l where l.commune_id = c.id and l.old_name is not null) as former_count
            from commune c join province p on p.id = c.province_id
            where c.valid_to is null
            """;

    private final JdbcClient jdbc;

    CommuneResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CommuneResolution resolve(CommuneQuery query) {
        String code = blankToNull(query.code());
        if (code != null) {
            List<CommuneSummary> current = jdbc.sql(CURRENT_COMMUNE + " and c.code = ?").param(code)
                    .query(GeographyService::commune).list();
            if (!current.isEmpty()) {
                return CommuneResolution.of(current, false);
            }
            return CommuneResolution.of(jdbc.sql(CURRENT_COMMUNE
                    + " and c.id in (select commune_id from commune_lineage where old_code = ?) order by c.code")
                    .param(code).query(GeographyService::commune).list(), true);
        }
        String name = blankToNull(query.name());
        if (name == null) {
            return CommuneResolution.of(List.of(), false);
        }
        String district = blankToNull(query.district());
        String province = blankToNull(query.province());
        CommuneResolution resolution = resolveName(name, district, province, false);
        // "dong cuong" typed on a keyboard without Vietnamese input: the same names without marks
        if (resolution.status() == CommuneResolution.Status.NOT_FOUND && VietnameseNames.unmarked(name)) {
            return resolveName(name, district, province, true);
        }
        return resolution;
    }

    private CommuneResolution resolveName(String name, String district, String province, boolean folded) {
        boolean withKind = folded ? !VietnameseNames.folded(name).equals(VietnameseNames.foldedCommuneBareKey(name))
                : VietnameseNames.hasCommunePrefix(name);
        // the same columns on commune and, prefixed "old_", on commune_lineage
        String nameColumn = folded ? (withKind ? "folded_key" : "folded_bare_key") : (withKind ? "name_key" : "bare_key");
        String nameKey = folded ? (withKind ? VietnameseNames.folded(name) : VietnameseNames.foldedCommuneBareKey(name))
                : (withKind ? VietnameseNames.key(name) : VietnameseNames.communeBareKey(name));
        String districtKey = folded ? VietnameseNames.foldedDistrictKey(district) : VietnameseNames.districtKey(district);
        String provinceKey = folded ? VietnameseNames.foldedProvinceKey(province) : VietnameseNames.provinceKey(province);
        String provinceColumn = folded ? "folded_key" : "name_key";

        // A current name in a current province, when no old district says the name is historical.
        // Without marks, a current and a former name may read alike: both count, and none wins.
        List<CommuneSummary> current = List.of();
        if (districtKey == null) {
            StringBuilder sql = new StringBuilder(CURRENT_COMMUNE).append(" and c.").append(nameColumn).append(" = ?");
            List<Object> params = new ArrayList<>(List.of(nameKey));
            if (provinceKey != null) {
                sql.append(" and p.").append(provinceColumn).append(" = ?");
                params.add(provinceKey);
            }
            current = jdbc.sql(sql + " order by c.code").params(params).query(GeographyService::commune).list();
            if (!current.isEmpty() && !folded) {
                return CommuneResolution.of(current, false);
            }
        }

        StringBuilder lineage = new StringBuilder("select commune_id from commune_lineage l where l.old_")
                .append(nameColumn).append(" = ?");
        List<Object> params = new ArrayList<>(List.of(nameKey));
        if (districtKey != null) {
            lineage.append(folded ? " and translate(l.old_district_key, ?, ?) = ?" : " and l.old_district_key = ?");
            if (folded) {
                params.add(VietnameseNames.MARKED);
                params.add(VietnameseNames.UNMARKED);
            }
            params.add(districtKey);
        }
        if (provinceKey != null) {
            // the old province as written, or the current province the commune now belongs to
            lineage.append(" and (l.old_province_id in (select id from province where ").append(provinceColumn)
                    .append(" = ?) or l.commune_id in (select c2.id from commune c2 join province p2")
                    .append(" on p2.id = c2.province_id where p2.").append(provinceColumn).append(" = ?))");
            params.add(provinceKey);
            params.add(provinceKey);
        }
        List<CommuneSummary> former = jdbc.sql(CURRENT_COMMUNE + " and c.id in (" + lineage + ") order by c.code")
                .params(params).query(GeographyService::commune).list();
        if (current.isEmpty()) {
            return CommuneResolution.of(former, true);
        }
        Map<Long, CommuneSummary> candidates = new TreeMap<>();
        current.forEach(c -> candidates.put(c.id(), c));
        former.forEach(c -> candidates.putIfAbsent(c.id(), c));
        List<CommuneSummary> all = candidates.values().stream().sorted(Comparator.comparing(CommuneSummary::code)).toList();
        return CommuneResolution.of(all, all.size() > current.size());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
