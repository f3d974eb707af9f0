package vn.bdhvs.campaign.core.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bdhvs.campaign.core.common.ImportFileException;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.common.NotFoundException;

/**
 * Imports as jobs that a user can leave and come back to. A file is uploaded (read once: a file
 * that cannot be read is refused at once and nothing is kept), its column mapping confirmed, then
 * it is checked in a dry run and finally imported, each in the background with the rows done
 * written as it goes. Every job is kept with its file, SHA-256, mapping, counts and outcome; the
 * same file uploaded again is pointed out. A job that a stop or a crash interrupted is marked
 * failed at the next start (its transaction was never committed) and can be run again.
 */
@Service
public class ImportJobs implements DisposableBean {

    /** Rows of the error table on one page. */
    public static final int ERRORS_PER_PAGE = 50;

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private static final List<ImportJobStatus> CHECKABLE = List.of(ImportJobStatus.READY, ImportJobStatus.CHECKED,
            ImportJobStatus.FAILED);

    private final ImportService imports;

    private final ImportJobStore store;

    private final ThreadPoolTaskExecutor executor;

    private final TransactionTemplate transactions;

    private final TransactionTemplate separately;

    private final Clock clock;

    private final long maxBytes;

    private final Duration keepFiles;

    /**
     * {@code workers}: checks and imports run at the same time (one by default: an import keeps a
     * core busy); the others wait their turn. {@code keepFilesDays}: how long an uploaded file is
     * kept for its checks, import and error file before it is erased.
     */
    ImportJobs(ImportService imports, ImportJobStore store, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${campaign.imports.max-size-mb:50}") int maxMegabytes,
            @Value("${campaign.imports.workers:1}") int workers,
            @Value("${campaign.imports.keep-files-days:7}") int keepFilesDays) {
        this.imports = imports;
        this.store = store;
        this.executor = new ThreadPoolTaskExecutor();
        this.executor.setCorePoolSize(workers);
        this.executor.setMaxPoolSize(workers);
        this.executor.setThreadNamePrefix("import-");
        this.executor.initialize();
        this.transactions = new TransactionTemplate(transactionManager);
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxBytes = maxMegabytes * 1024L * 1024L;
        this.keepFiles = Duration.ofDays(keepFilesDays);
    }

    /** The largest file accepted, in megabytes. */
    public long maxMegabytes() {
        return maxBytes / 1024 / 1024;
    }

    /**
     * Keeps an uploaded file as a job, its columns mapped from the header. A file that cannot be
     * read ({@link ImportFileException}) is refused and nothing is kept.
     */
    public ImportJob upload(Actor actor, ImportKind kind, String fileName, byte[] content) {
        requireImporter(actor);
        if (content.length > maxBytes) {
            throw new ImportFileException("import.file.tooLarge", maxMegabytes());
        }
        ImportPreview preview = imports.preview(kind, content);
        String name = fileName(fileName);
        long id = transactions.execute(status -> store.insert(actor, kind, name, content, sha256(content), preview,
                preview.rows(), clock.instant()));
        return job(actor, id);
    }

    /** The job, if the caller's scope holds it; otherwise it does not exist for them. */
    public ImportJob job(Actor actor, long id) {
        requireImporter(actor);
        return store.find(actor, id).orElseThrow(() -> new NotFoundException("import", id));
    }

    /** The jobs the caller can see, newest first (the last 100). */
    public List<ImportJob> history(Actor actor) {
        requireImporter(actor);
        return store.history(actor, 100);
    }

    /** Earlier uploads of the same file (same SHA-256) within the caller's scope. */
    public List<ImportJob> sameFile(Actor actor, ImportJob job) {
        return store.sameFile(actor, job);
    }

    /** One page (from 1; past the last, the last) of the job's row errors. */
    public ErrorPage errors(Actor actor, long id, int page) {
        job(actor, id);
        int total = store.errorCount(id);
        int pages = Math.max(1, (total + ERRORS_PER_PAGE - 1) / ERRORS_PER_PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        return new ErrorPage(store.errors(id, (shown - 1) * ERRORS_PER_PAGE, ERRORS_PER_PAGE), shown, pages, total);
    }

    /** A page of row errors: which of how many, and how many errors in all. */
    public record ErrorPage(List<RowError> errors, int page, int pages, int total) {

        public ErrorPage {
            errors = List.copyOf(errors);
        }
    }

    /** The caller's saved mappings for the kind, by name: field key to the file's header. */
    public Map<String, Map<String, String>> savedMappings(Actor actor, ImportKind kind) {
        requireImporter(actor);
        return store.mappings(actor, kind);
    }

    /**
     * The mapping saved under {@code name}, applied to the job's header: each field from the column
     * whose header is the saved one. Fields whose column the file lacks stay unmapped.
     */
    public ColumnMapping savedMapping(Actor actor, ImportJob job, String name) {
        Map<String, String> saved = savedMappings(actor, job.kind()).get(name);
        if (saved == null) {
            throw new NotFoundException("import mapping", name);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        saved.forEach((field, header) -> {
            int column = job.header().indexOf(header);
            if (column >= 0) {
                columns.put(field, column);
            }
        });
        return new ColumnMapping(columns);
    }

    /**
     * Starts the dry run with the given mapping (saved under {@code saveAs} when one is given).
     * {@code version} is the job as the user saw it: a job changed since is not started twice.
     */
    public void check(Actor actor, long id, long version, ColumnMapping mapping, String saveAs) {
        ImportJob job = job(actor, id);
        if (job.fileErasedAt() != null) {
            throw erased();
        }
        mapping.checkColumns(job.kind(), job.header().size());
        transactions.executeWithoutResult(status -> {
            if (!store.move(id, version, CHECKABLE, ImportJobStatus.CHECKING, false, null)) {
                throw new ConcurrentChangeException();
            }
            store.setMapping(id, mapping);
            if (saveAs != null && !saveAs.isBlank()) {
                store.saveMapping(actor, job.kind(), saveAs.strip(), headers(job, mapping), clock.instant());
            }
        });
        executor.execute(() -> runCheck(actor, job.kind(), id, mapping));
    }

    /** Starts the import of a checked job; with errors, only if the user chose to import the valid rows. */
    public void commit(Actor actor, long id, long version, boolean validOnly) {
        ImportJob job = job(actor, id);
        if (!job.importable()) {
            throw new DomainException("import.job.notImportable");
        }
        if (job.hasErrors() && !validOnly) {
            throw new DomainException("import.job.validOnlyRequired", job.errorRows());
        }
        if (!transactions.execute(status -> store.move(id, version, List.of(ImportJobStatus.CHECKED),
                ImportJobStatus.IMPORTING, validOnly, actor.username()))) {
            throw new ConcurrentChangeException();
        }
        executor.execute(() -> runImport(actor, job.kind(), id, job.mapping(), validOnly));
    }

    /**
     * The rows the last check or import refused, in the file's format, each with a last column
     * saying why ({@code describe} turns an error into the user's language): fix them and upload
     * the file again.
     */
    public SheetFile errorFile(Actor actor, long id, Function<RowError, String> describe) {
        ImportJob job = job(actor, id);
        List<RowError> errors = store.errors(id, 0, Integer.MAX_VALUE);
        return SheetFile.errors(job, content(id), errors, describe, imports.maxRows());
    }

    /** At a stop, running jobs are abandoned: their transactions roll back, and the next start marks them failed. */
    @Override
    public void destroy() {
        executor.shutdown();
    }

    /** Marks the jobs a stop or a crash interrupted as failed: their transactions never committed. */
    @EventListener(ApplicationReadyEvent.class)
    public int failInterrupted() {
        int count = transactions.execute(
                status -> store.failRunning(Message.of("import.job.interrupted"), clock.instant()));
        if (count > 0) {
            log.warn("{} import job(s) interrupted by the last stop marked as failed; they can be run again", count);
        }
        return count;
    }

    /**
     * Erases the uploaded files older than the days they are kept (they may hold citizen IDs in
     * clear), at every start and then every hour; the jobs keep their counts and errors.
     */
    @Scheduled(initialDelay = 0, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    public int eraseOldFiles() {
        Instant now = clock.instant();
        int count = transactions.execute(status -> store.eraseFiles(now.minus(keepFiles), now));
        if (count > 0) {
            log.info("{} uploaded import file(s) older than {} days erased", count, keepFiles.toDays());
        }
        return count;
    }

    private byte[] content(long id) {
        return store.content(id).orElseThrow(this::erased);
    }

    private DomainException erased() {
        return new DomainException("import.job.fileErased", keepFiles.toDays());
    }

    private void runCheck(Actor actor, ImportKind kind, long id, ColumnMapping mapping) {
        run(id, () -> {
            ImportOutcome outcome = imports.dryRun(actor, kind, content(id), mapping, progress(id));
            transactions.executeWithoutResult(
                    status -> store.finish(id, outcome, ImportJobStatus.CHECKED, clock.instant()));
        });
    }

    private void runImport(Actor actor, ImportKind kind, long id, ColumnMapping mapping, boolean validOnly) {
        run(id, () -> {
            ImportOutcome outcome = imports.commit(actor, kind, content(id), mapping, validOnly, progress(id),
                    done -> store.finish(id, done, ImportJobStatus.IMPORTED, clock.instant()));
            if (!outcome.committed()) {
                // the data changed since the check and the file now has errors: nothing was written
                transactions.executeWithoutResult(
                        status -> store.finish(id, outcome, ImportJobStatus.CHECKED, clock.instant()));
            }
        });
    }

    /** Runs the work; a refusal or a failure marks the job failed with its reason. */
    private void run(long id, Runnable work) {
        try {
            work.run();
        }
        catch (DomainException ex) {
            fail(id, new Message(ex.code(), Arrays.asList(ex.args())));
        }
        catch (RuntimeException ex) {
            log.error("Import job {} failed", id, ex);
            fail(id, Message.of("import.job.failed"));
        }
    }

    private void fail(long id, Message reason) {
        transactions.executeWithoutResult(status -> store.fail(id, reason, clock.instant()));
    }

    /** Writes the rows read so far in a transaction of its own, so that the page sees them at once. */
    private IntConsumer progress(long id) {
        return rows -> separately.executeWithoutResult(status -> store.progress(id, rows));
    }

    private static Map<String, String> headers(ImportJob job, ColumnMapping mapping) {
        Map<String, String> headers = new LinkedHashMap<>();
        mapping.columns().forEach((field, column) -> headers.put(field, job.header().get(column)));
        return headers;
    }

    /** The file's own name, without a folder some browsers send, control characters or excess length. */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        name = name.isEmpty() ? "tep-nhap" : name;
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void requireImporter(Actor actor) {
        if (!CommuneAccess.canWrite(actor)) {
            throw new ForbiddenException("import");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
