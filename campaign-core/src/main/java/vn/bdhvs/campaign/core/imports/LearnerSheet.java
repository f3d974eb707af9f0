package vn.bdhvs.campaign.core.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.learners.CitizenIdHasher;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerImport;
import vn.bdhvs.campaign.core.learners.LearnerRow;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * Reads the rows of a learners file into {@link LearnerRow}s, checking each cell, and collects
 * every problem as a {@link RowError}: all of a row's errors at once, so one pass through Excel
 * fixes them. The same person twice in the file is an error on the later row.
 */
final class LearnerSheet {

    private final ImportKind kind = ImportKind.LEARNERS;

    private final List<String> header;

    private final ColumnMapping mapping;

    private final CommuneCells communes;

    private final Map<String, TargetGroup> groups = new HashMap<>();

    private final CitizenIdHasher hasher;

    private final int currentYear;

    private final Map<String, Integer> seen = new HashMap<>();

    final List<LearnerRow> rows = new ArrayList<>();

    final List<RowError> errors = new ArrayList<>();

    LearnerSheet(List<String> header, ColumnMapping mapping, CommuneCells communes, List<TargetGroup> activeGroups,
            CitizenIdHasher hasher, int currentYear) {
        this.header = header;
        this.mapping = mapping;
        this.communes = communes;
        this.hasher = hasher;
        this.currentYear = currentYear;
        for (TargetGroup group : activeGroups) {
            groups.put(VietnameseNames.folded(group.code()), group);
            groups.put(VietnameseNames.folded(group.nameVi()), group);
            groups.put(VietnameseNames.folded(group.nameEn()), group);
        }
    }

    void read(SheetRow row) {
        int before = errors.size();
        Long communeId = cell(row, "commune", value -> communes.communeId(value, cellText(row, "district"),
                cellText(row, "province")));
        String fullName = cell(row, "fullName", value -> CellValues.text(value, 120));
        Integer birthYear = cell(row, "birthYear", value -> {
            int year = CellValues.year(value);
            LearnerImport.checkBirthYear(year, currentYear);
            return year;
        });
        Gender gender = cell(row, "gender", CellValues::gender);
        TargetGroup group = cell(row, "group", value -> {
            TargetGroup found = groups.get(VietnameseNames.folded(value));
            if (found == null) {
                throw new DomainException("import.value.group", value);
            }
            return found;
        });
        String phone = cell(row, "phone", value -> {
            String digits = value.replaceAll("[\\s.()-]", "");
            if (!digits.matches("\\+?\\d{8,15}")) {
                throw new DomainException("import.value.phone");
            }
            return digits;
        });
        String hmac = cell(row, "citizenId", value -> hasher.hash(CellValues.citizenId(value)));
        if (errors.size() > before) {
            return;
        }
        String key = hmac != null ? "c:" + hmac : "n:" + communeId + ":" + VietnameseNames.key(fullName) + ":" + birthYear;
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            errors.add(new RowError(row.number(), "", "", "import.row.duplicate", List.of(first)));
            return;
        }
        rows.add(new LearnerRow(row.number(), communeId, fullName, birthYear, gender, group.id(), phone, hmac));
    }

    /**
     * The field's value read by {@code reader}: null when the cell is empty (an error if the field
     * is required) or when it breaks a rule, which is recorded.
     */
    private <T> T cell(SheetRow row, String field, Function<String, T> reader) {
        int column = mapping.column(field);
        String value = column < 0 ? "" : row.value(column);
        String columnName = column < 0 ? kind.field(field).header() : header.get(column);
        if (column >= 0 && row.formula(column)) {
            errors.add(new RowError(row.number(), columnName, value, "import.cell.formula", List.of()));
            return null;
        }
        if (value.isEmpty() && !field.equals("commune")) {
            if (kind.field(field).required()) {
                errors.add(new RowError(row.number(), columnName, "", "import.value.required", List.of()));
            }
            return null;
        }
        try {
            return reader.apply(value);
        }
        catch (DomainException ex) {
            errors.add(new RowError(row.number(), columnName, value, ex.code(),
                    Arrays.asList(ex.args())));
            return null;
        }
    }

    private String cellText(SheetRow row, String field) {
        int column = mapping.column(field);
        return column < 0 ? "" : row.value(column);
    }
}
