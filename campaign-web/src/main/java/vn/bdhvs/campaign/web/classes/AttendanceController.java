package vn.bdhvs.campaign.web.classes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.classes.AttendanceSheet;
import vn.bdhvs.campaign.core.classes.AttendanceStatus;
import vn.bdhvs.campaign.core.classes.AttendanceService;
import vn.bdhvs.campaign.web.error.ReturnsTo;
import vn.bdhvs.campaign.web.layout.KeptPages;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * The attendance sheet of a session: every enrolled learner on one page, "all present" then
 * adjust, saved in one request. With htmx a single row is saved on change without a reload.
 */
@Controller
class AttendanceController {

    static final String VIEW = "classes/attendance";

    static final String ROW_FRAGMENT = "classes/attendance :: row";

    static final String MARK_PREFIX = "mark-";

    private final AttendanceService attendance;

    private final CommuneVersions versions;

    private final KeptPages pages;

    private final Clock clock;

    AttendanceController(AttendanceService attendance, CommuneVersions versions, KeptPages pages, Clock clock) {
        this.attendance = attendance;
        this.versions = versions;
        this.pages = pages;
        this.clock = clock;
    }

    /** Kept per user, day and the data version of the session's commune, like a class page (KeptPages). */
    @GetMapping("/sessions/{id}/attendance")
    void sheet(@CurrentUser CampaignUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean allPresent, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        pages.serve(VIEW, List.of(id, versions.ofSession(id), allPresent, LocalDate.now(clock)), user, () -> {
            show(model, attendance.sheet(user.actor(), id));
            model.addAttribute("allPresent", allPresent);
            return model.asMap();
        }, request, response);
    }

    @PostMapping("/sessions/{id}/attendance")
    @ReturnsTo("/sessions/{id}/attendance")
    String save(@CurrentUser CampaignUser user, @PathVariable long id, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(MARK_PREFIX) && !value.isBlank()) {
                marks.put(learnerId(name), status(value));
            }
        });
        int changed = attendance.record(user.actor(), id, marks);
        redirect.addFlashAttribute("success", "attendance.saved");
        redirect.addFlashAttribute("successArg", changed);
        return "redirect:/sessions/" + id + "/attendance";
    }

    /** htmx: saves one learner's mark (the form's {@code mark-<learner>} value) and returns the updated row. */
    @PostMapping(value = "/sessions/{id}/attendance/{learnerId}", headers = "HX-Request=true")
    String saveRow(@CurrentUser CampaignUser user, @PathVariable long id, @PathVariable long learnerId,
            @RequestParam Map<String, String> params, Model model) {
        attendance.record(user.actor(), id, Map.of(learnerId, status(params.get(MARK_PREFIX + learnerId))));
        AttendanceSheet sheet = attendance.sheet(user.actor(), id);
        show(model, sheet);
        model.addAttribute("row", sheet.rows().stream().filter(r -> r.learnerId() == learnerId).findFirst().orElseThrow());
        model.addAttribute("allPresent", false);
        model.addAttribute("justSaved", true);
        return ROW_FRAGMENT;
    }

    /** A tampered form (a field that is not a learner, a mark that does not exist) saves nothing. */
    private static long learnerId(String field) {
        String id = field.substring(MARK_PREFIX.length());
        if (!id.matches("\\d{1,18}")) {
            throw new DomainException("attendance.badMark", field);
        }
        return Long.parseLong(id);
    }

    private static AttendanceStatus status(String value) {
        return Arrays.stream(AttendanceStatus.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> new DomainException("attendance.badMark", String.valueOf(value)));
    }

    private static void show(Model model, AttendanceSheet sheet) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("editable", sheet.canRecord());
    }
}
