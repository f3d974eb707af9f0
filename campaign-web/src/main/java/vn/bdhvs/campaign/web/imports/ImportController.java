package vn.bdhvs.campaign.web.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.imports.ColumnMapping;
import vn.bdhvs.campaign.core.imports.ImportField;
import vn.bdhvs.campaign.core.imports.ImportJob;
import vn.bdhvs.campaign.core.imports.ImportJobs;
import vn.bdhvs.campaign.core.imports.ImportKind;
import vn.bdhvs.campaign.core.imports.SheetFile;
import vn.bdhvs.campaign.web.error.ReturnsTo;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * Bulk imports: the history and the upload form ({@code /imports}), and one page per job
 * ({@code /imports/{id}}) that goes from the column mapping through the dry run to the import,
 * showing the rows done while the job runs (it refreshes itself) and the row errors a page at a time.
 */
@Controller
class ImportController {

    static final String LIST_VIEW = "imports/list";

    static final String JOB_VIEW = "imports/job";

    /** Form parameters of the mapping: {@code column.<field key>} = the column's position, or empty. */
    static final String COLUMN_PARAM = "column.";

    private final ImportJobs jobs;

    private final MessageSource messages;

    private final Clock clock;

    ImportController(ImportJobs jobs, MessageSource messages, Clock clock) {
        this.jobs = jobs;
        this.messages = messages;
        this.clock = clock;
    }

    /** The zone in which times are shown. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping("/imports")
    String list(@CurrentUser CampaignUser user, @RequestParam(required = false) ImportKind kind, Model model) {
        model.addAttribute("jobs", jobs.history(user.actor()));
        model.addAttribute("chosenKind", kind);
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("maxMegabytes", jobs.maxMegabytes());
        return LIST_VIEW;
    }

    @PostMapping("/imports")
    @ReturnsTo("/imports")
    String upload(@CurrentUser CampaignUser user, @RequestParam ImportKind kind,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            String name = file.getOriginalFilename();
            if (name == null || name.isBlank()) {
                redirect.addFlashAttribute("failure", "import.noFile");
            }
            else {
                redirect.addFlashAttribute("failure", "import.emptyFile");
                redirect.addFlashAttribute("failureArgs", new Object[] { name });
            }
            return "redirect:/imports";
        }
        ImportJob job = jobs.upload(user.actor(), kind, file.getOriginalFilename(), file.getBytes());
        return "redirect:/imports/" + job.id();
    }

    @GetMapping("/imports/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable ImportKind kind) {
        return download(SheetFile.template(kind));
    }

    @GetMapping("/imports/{id}")
    String job(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String mapping, Model model) {
        ImportJob job = jobs.job(user.actor(), id);
        Map<String, Map<String, String>> saved = jobs.savedMappings(user.actor(), job.kind());
        ColumnMapping columns = mapping != null && saved.containsKey(mapping)
                ? jobs.savedMapping(user.actor(), job, mapping) : job.mapping();
        model.addAttribute("job", job);
        model.addAttribute("sameFile", jobs.sameFile(user.actor(), job));
        model.addAttribute("fields", job.kind().fields());
        model.addAttribute("columns", columns);
        model.addAttribute("savedMappings", saved.keySet());
        model.addAttribute("chosenMapping", mapping);
        model.addAttribute("errors", jobs.errors(user.actor(), id, page));
        return JOB_VIEW;
    }

    @PostMapping("/imports/{id}/check")
    @ReturnsTo("/imports/{id}")
    String check(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String saveAs, @RequestParam Map<String, String> form) {
        ImportJob job = jobs.job(user.actor(), id);
        jobs.check(user.actor(), id, version, mapping(job.kind(), form), saveAs);
        return "redirect:/imports/" + id;
    }

    @PostMapping("/imports/{id}/commit")
    @ReturnsTo("/imports/{id}")
    String commit(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean validOnly) {
        jobs.commit(user.actor(), id, version, validOnly);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> errorFile(@CurrentUser CampaignUser user, @PathVariable long id, Locale locale) {
        return download(jobs.errorFile(user.actor(), id, error -> messages.getMessage(error.code(),
                error.args().toArray(), error.code(), locale)));
    }

    /** The columns chosen on the mapping form: only the kind's fields, an empty choice leaves a field unmapped. */
    private static ColumnMapping mapping(ImportKind kind, Map<String, String> form) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ImportField field : kind.fields()) {
            String chosen = form.get(COLUMN_PARAM + field.key());
            if (chosen != null && chosen.matches("\\d{1,4}")) {
                columns.put(field.key(), Integer.parseInt(chosen));
            }
        }
        return new ColumnMapping(columns);
    }

    private static ResponseEntity<byte[]> download(SheetFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(SheetFile.CONTENT_TYPE)).body(file.content());
    }
}
