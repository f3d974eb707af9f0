package vn.bdhvs.campaign.core.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bdhvs.campaign.core.common.ImportFileException;
import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.common.SheetReader;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.classes.ClassImport;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.geography.CommuneResolver;
import vn.bdhvs.campaign.core.learners.CitizenIdHasher;
import vn.bdhvs.campaign.core.learners.LearnerImport;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetGroup;
import vn.bdhvs.campaign.core.teams.TeamImport;

/**
 * Reads an import file and either tries it (a dry run: everything is checked against the
 * database in a transaction that is then rolled back, so nothing is written) or imports it in one
 * transaction: all rows or none. A file with errors is imported only when the user chose to
 * import the valid rows alone.
 */
@Service
public class ImportService {

    /** How often, in rows, the progress callback hears of a read. */
    static final int PROGRESS_STEP = 1000;

    private final CommuneResolver resolver;

    private final PlanningCatalog catalog;

    private final CitizenIdHasher hasher;

    private final LearnerImport learners;

    private final TeamImport teams;

    private final ClassImport classes;

    private final AuditLog audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    private final int maxRows;

    ImportService(CommuneResolver resolver, PlanningCatalog catalog, CitizenIdHasher hasher, LearnerImport learners,
            TeamImport teams, ClassImport classes, AuditLog audit, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${campaign.imports.max-rows:500000}") int maxRows) {
        this.clock = clock;
        this.resolver = resolver;
        this.catalog = catalog;
        this.hasher = hasher;
        this.learners = learners;
        this.teams = teams;
        this.classes = classes;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxRows = maxRows;
    }

    /** The most data rows a file may have. */
    public int maxRows() {
        return maxRows;
    }

    /**
     * The file's header, the columns matched to the kind's fields by their headers, and its number
     * of data rows: the whole file is read once, so that a file that cannot be read at all is
     * refused at once ({@link ImportFileException}).
     */
    public ImportPreview preview(ImportKind kind, byte[] content) {
        try (SheetReader reader = SheetReader.open(content, maxRows)) {
            int rows = 0;
            while (reader.next() != null) {
                rows++;
            }
            return new ImportPreview(reader.header(), ColumnMapping.auto(kind, reader.header()), rows,
                    reader.sheetName(), reader.sheetCount());
        }
    }

    /** Checks every row against the rules and the database, and writes nothing. */
    public ImportOutcome dryRun(Actor actor, ImportKind kind, byte[] content, ColumnMapping mapping,
            IntConsumer progress) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return run(actor, kind, content, mapping, false, false, progress);
        });
    }

    /**
     * Imports the file in one transaction. With errors, nothing is written unless {@code validOnly}:
     * then the valid rows are imported and the others reported. {@code committing} runs in the
     * transaction when the rows are written, to record the import with them.
     */
    public ImportOutcome commit(Actor actor, ImportKind kind, byte[] content, ColumnMapping mapping, boolean validOnly,
            IntConsumer progress, Consumer<ImportOutcome> committing) {
        return transactions.execute(status -> {
            ImportOutcome outcome = run(actor, kind, content, mapping, true, validOnly, progress);
            if (outcome.committed()) {
                committing.accept(outcome);
            }
            else {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }

    private KindSheet sheet(Actor actor, ImportKind kind, List<String> header, ColumnMapping mapping) {
        CommuneCells communes = new CommuneCells(resolver, actor);
        return switch (kind) {
            case LEARNERS -> new LearnerSheet(header, mapping, communes,
                    catalog.groups().stream().filter(TargetGroup::active).toList(), hasher, learners,
                    Year.now(clock).getValue());
            case COMPLETIONS -> new CompletionSheet(header, mapping, communes, hasher, learners, LocalDate.now(clock));
            case TEAMS -> new TeamSheet(header, mapping, communes, teams, LocalDate.now(clock));
            case TEAM_ACTIVITIES -> new ActivitySheet(header, mapping, communes, teams, LocalDate.now(clock));
            case ATTENDANCE -> new EnrolmentSheet(header, mapping, hasher, classes, LocalDate.now(clock));
        };
    }

    private ImportOutcome run(Actor actor, ImportKind kind, byte[] content, ColumnMapping mapping, boolean write,
            boolean validOnly, IntConsumer progress) {
        if (!CommuneAccess.canWrite(actor)) {
            throw new ForbiddenException("import");
        }
        try (SheetReader reader = SheetReader.open(content, maxRows)) {
            List<ImportField> missing = mapping.missing(kind);
            if (!missing.isEmpty()) {
                throw new ImportFileException("import.mapping.missing",
                        String.join(", ", missing.stream().map(ImportField::header).toList()));
            }
            KindSheet sheet = sheet(actor, kind, reader.header(), mapping);
            int rows = 0;
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                sheet.read(row);
                if (++rows % PROGRESS_STEP == 0) {
                    progress.accept(rows);
                }
            }
            progress.accept(rows);
            ImportCheck check = sheet.check(actor);
            List<RowError> errors = new ArrayList<>(sheet.errors);
            check.refused().forEach((row, code) -> errors.add(new RowError(row, "", "", code, List.of())));
            errors.sort(Comparator.comparingInt(RowError::row));
            Set<Integer> errorRows = new TreeSet<>();
            errors.forEach(e -> errorRows.add(e.row()));
            boolean commit = write && (errors.isEmpty() || validOnly);
            if (commit) {
                sheet.apply(actor, check, check.refused().keySet());
                audit.record(actor.username(), "IMPORT", kind.name().toLowerCase(), null, null, Map.of("kind",
                        kind.name(), "rows", rows, "created", check.creates().size(), "updated",
                        check.updates().size(), "errorRows", errorRows.size(), "validOnly", validOnly));
            }
            return new ImportOutcome(commit, rows, check.creates().size(), check.updates().size(),
                    check.unchanged().size(), errorRows.size(), errors, reader.sheetName(), reader.sheetCount());
        }
    }
}
