package vn.bdhvs.campaign.core.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.bdhvs.campaign.core.common.SheetRow;
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

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");

    private final Map<String, TargetGroup> groups = new HashMap<>();

    private final Map<String, TargetGroup> groupsByCell = new HashMap<>();

    private final Map<String, Gender> genders = new HashMap<>();

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
        // a file holds a handful of different genders and groups: each is read once
        Gender gender = cell(row, "gender", value -> genders.computeIfAbsent(value, CellValues::gender));
        TargetGroup group = cell(row, "group", value -> groupsByCell.computeIfAbsent(value, this::group));
        String phone = cell(row, "phone", value -> {
            String digits = PHONE_SEPARATORS.matcher(value).replaceAll("");
            if (!PHONE.matcher(digits).matches()) {
                throw new DomainException("import.value.phone");
            }
            return digits;
        });
        String hmac = cell(row, "citizenId", value -> hasher.hash(CellValues.citizenId(value)));
        if (errors.size() > before) {
            return;
        }
        String nameKey = VietnameseNames.key(fullName);
        if (!duplicate(row, personKey(hmac, communeId, nameKey, birthYear))) {
            rows.add(new LearnerRow(row.number(), communeId, fullName, nameKey, birthYear, gender, group.id(), phone,
                    hmac));
        }
    }

    private TargetGroup group(String value) {
        TargetGroup found = groups.get(VietnameseNames.folded(value));
        if (found == null) {
            throw new DomainException("import.value.group", value);
        }
        return found;
    }

    @Override
    ImportCheck check(Actor actor) {
        return learners.check(actor, rows);
    }

    @Override
    void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        learners.apply(actor, check, skipped);
    }

    /** A person within a file: by citizen ID when there is one, else by commune, name key and birth year. */
    static String personKey(String hmac, long communeId, String nameKey, int birthYear) {
        return hmac != null ? "c:" + hmac : "n:" + communeId + ":" + nameKey + ":" + birthYear;
    }
}
