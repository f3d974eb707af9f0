package vn.bdhvs.campaign.core.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.learners.CitizenIdHasher;
import vn.bdhvs.campaign.core.learners.CompletionRow;
import vn.bdhvs.campaign.core.learners.LearnerImport;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.planning.PlanningYears;

/**
 * A completions file, for instance the national learning platform's export: registered learners
 * (by citizen ID, or by commune, name and birth year) with the day they completed a course and/or
 * confirmed their identity on VNeID. A date may not lie in the future nor before the campaign.
 */
final class CompletionSheet extends KindSheet {

    private static final LocalDate CAMPAIGN_START = LocalDate.of(PlanningYears.FIRST, 1, 1);

    private final CommuneCells communes;

    private final CitizenIdHasher hasher;

    private final LearnerImport learners;

    private final LocalDate today;

    private final List<CompletionRow> rows = new ArrayList<>();

    CompletionSheet(List<String> header, ColumnMapping mapping, CommuneCells communes, CitizenIdHasher hasher,
            LearnerImport learners, LocalDate today) {
        super(ImportKind.COMPLETIONS, header, mapping);
        this.communes = communes;
        this.hasher = hasher;
        this.learners = learners;
        this.today = today;
    }

    @Override
    void read(SheetRow row) {
        int before = errors.size();
        Long communeId = commune(row, communes);
        String fullName = cell(row, "fullName", value -> CellValues.text(value, 120));
        Integer birthYear = cell(row, "birthYear", CellValues::year);
        String hmac = cell(row, "citizenId", value -> hasher.hash(CellValues.citizenId(value)));
        LocalDate completedOn = cell(row, "completedOn", this::date);
        LocalDate vneidOn = cell(row, "vneidConfirmedOn", this::date);
        if (errors.size() > before) {
            return;
        }
        if (completedOn == null && vneidOn == null) {
            errors.add(new RowError(row.number(), "", "", "import.completion.noDate", List.of()));
            return;
        }
        if (!duplicate(row, LearnerSheet.personKey(hmac, communeId, VietnameseNames.key(fullName), birthYear))) {
            rows.add(new CompletionRow(row.number(), communeId, fullName, birthYear, hmac, completedOn, vneidOn));
        }
    }

    private LocalDate date(String value) {
        LocalDate date = CellValues.date(value);
        if (date.isAfter(today)) {
            throw new DomainException("import.completion.future");
        }
        if (date.isBefore(CAMPAIGN_START)) {
            throw new DomainException("import.completion.beforeCampaign", PlanningYears.FIRST);
        }
        return date;
    }

    @Override
    ImportCheck check(Actor actor) {
        return learners.checkCompletions(actor, rows);
    }

    @Override
    void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        learners.applyCompletions(check, skipped);
    }
}
