package vn.bdhvs.campaign.core.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.classes.AttendanceRow;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.ClassImport;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.learners.CitizenIdHasher;

/**
 * An attendance file: learners enrolled in a class (by its number) with their marks, either one
 * row per learner and session (the "Ngày học" and "Điểm danh" columns), or one row per learner
 * with one column per session whose header is the session's date, as paper sheets are kept. A row
 * without marks only enrols. Marks are written as on paper: x or có mặt, m or muộn, p or có phép,
 * v or vắng (English words too).
 */
final class EnrolmentSheet extends KindSheet {

    private static final Map<String, AttendanceStatus> STATUSES = Map.ofEntries(
            Map.entry("x", AttendanceStatus.PRESENT), Map.entry("co mat", AttendanceStatus.PRESENT),
            Map.entry("co", AttendanceStatus.PRESENT), Map.entry("1", AttendanceStatus.PRESENT),
            Map.entry("present", AttendanceStatus.PRESENT), Map.entry("m", AttendanceStatus.LATE),
            Map.entry("muon", AttendanceStatus.LATE), Map.entry("di muon", AttendanceStatus.LATE),
            Map.entry("late", AttendanceStatus.LATE), Map.entry("p", AttendanceStatus.EXCUSED),
            Map.entry("co phep", AttendanceStatus.EXCUSED), Map.entry("vang co phep", AttendanceStatus.EXCUSED),
            Map.entry("excused", AttendanceStatus.EXCUSED), Map.entry("v", AttendanceStatus.ABSENT),
            Map.entry("vang", AttendanceStatus.ABSENT), Map.entry("0", AttendanceStatus.ABSENT),
            Map.entry("absent", AttendanceStatus.ABSENT));

    private final List<String> header;

    private final ColumnMapping mapping;

    private final CitizenIdHasher hasher;

    private final ClassImport classes;

    private final LocalDate today;

    /** The columns whose header is a session's date (one column per session), by position. */
    private final Map<Integer, LocalDate> dateColumns = new LinkedHashMap<>();

    private final List<AttendanceRow> rows = new ArrayList<>();

    private ClassImport.Plan plan;

    EnrolmentSheet(List<String> header, ColumnMapping mapping, CitizenIdHasher hasher, ClassImport classes,
            LocalDate today) {
        super(ImportKind.ATTENDANCE, header, mapping);
        this.header = header;
        this.mapping = mapping;
        this.hasher = hasher;
        this.classes = classes;
        this.today = today;
        for (int column = 0; column < header.size(); column++) {
            if (!mapping.columns().containsValue(column)) {
                try {
                    dateColumns.put(column, CellValues.date(header.get(column)));
                }
                catch (DomainException notADate) {
                    // another column, not a session
                }
            }
        }
    }

    @Override
    void read(SheetRow row) {
        int before = errors.size();
        Integer classId = cell(row, "classId", value -> CellValues.count(value, 999_999_999));
        String fullName = cell(row, "fullName", value -> CellValues.text(value, 120));
        Integer birthYear = cell(row, "birthYear", CellValues::year);
        String hmac = cell(row, "citizenId", value -> hasher.hash(CellValues.citizenId(value)));
        Map<LocalDate, AttendanceStatus> marks = new LinkedHashMap<>();
        if (mapping.column("sessionDate") >= 0) {
            LocalDate date = cell(row, "sessionDate", CellValues::date);
            AttendanceStatus status = cell(row, "status", EnrolmentSheet::status);
            if (date != null && status != null) {
                marks.put(date, status);
            }
            else if (date != null || status != null) {
                errors.add(new RowError(row.number(), "", "", "import.attendance.dateAndMark", List.of()));
            }
        }
        else {
            dateColumns.forEach((column, date) -> {
                String value = row.value(column);
                if (!value.isEmpty()) {
                    try {
                        marks.put(date, status(value));
                    }
                    catch (DomainException ex) {
                        errors.add(new RowError(row.number(), header.get(column), value, ex.code(), List.of(ex.args())));
                    }
                }
            });
        }
        if (errors.size() > before || duplicate(row, classId + ":" + (hmac != null ? hmac
                : VietnameseNames.key(fullName) + ":" + birthYear) + ":" + marks.keySet())) {
            return;
        }
        rows.add(new AttendanceRow(row.number(), classId, fullName, birthYear, hmac, marks));
    }

    static AttendanceStatus status(String value) {
        AttendanceStatus status = STATUSES.get(VietnameseNames.folded(value));
        if (status == null) {
            throw new DomainException("import.value.attendance", value);
        }
        return status;
    }

    @Override
    ImportCheck check(Actor actor) {
        plan = classes.checkAttendance(actor, rows, today);
        return plan.check();
    }

    @Override
    void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        classes.applyAttendance(plan, skipped, today);
    }
}
