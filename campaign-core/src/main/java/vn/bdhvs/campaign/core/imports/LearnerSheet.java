package vn.bdhvs.campaign.core.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.learners.CitizenIdHasher;
import vn.bdhvs.campaign.core.learners.Gender;
import vn.bdhvs.campaign.core.learners.LearnerImport;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.learners.LearnerRow;
import vn.bdhvs.campaign.core.planning.TargetGroup;

/**
 * A learners file: people to register, or whose gender, group or phone to correct. The same person
 * twice in the file is an error on the later row.
 */
final class LearnerSheet extends KindSheet {

    private final CommuneCells communes;

    private final Map<String, TargetGroup> groups = new HashMap<>();

    private final CitizenIdHasher hasher;

    private final LearnerImport learners;

    private final int currentYear;

    private final List<LearnerRow> rows = new ArrayList<>();

    LearnerSheet(List<String> header, ColumnMapping mapping, CommuneCells communes, List<TargetGroup> activeGroups,
            CitizenIdHasher hasher, LearnerImport learners, int currentYear) {
        super(ImportKind.LEARNERS, header, mapping);
        this.communes = communes;
        this.hasher = hasher;
        this.learners = learners;
        this.currentYear = currentYear;
        for (TargetGroup group : activeGroups) {
            groups.put(VietnameseNames.folded(group.code()), group);
            groups.put(VietnameseNames.folded(group.nameVi()), group);
            groups.put(VietnameseNames.folded(group.nameEn()), group);
        }
    }

    @Override
    void read(SheetRow row) {
        int before = errors.size();
        Long communeId = commune(row, communes);
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
        if (errors.size() > before || duplicate(row, personKey(hmac, communeId, fullName, birthYear))) {
            return;
        }
        rows.add(new LearnerRow(row.number(), communeId, fullName, birthYear, gender, group.id(), phone, hmac));
    }

    @Override
    ImportCheck check(Actor actor) {
        return learners.check(actor, rows);
    }

    @Override
    void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        learners.apply(actor, check, skipped);
    }

    /** A person within a file: by citizen ID when there is one, else by commune, name and birth year. */
    static String personKey(String hmac, long communeId, String fullName, int birthYear) {
        return hmac != null ? "c:" + hmac : "n:" + communeId + ":" + VietnameseNames.key(fullName) + ":" + birthYear;
    }
}
