package vn.bdhvs.campaign.web.error;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bdhvs.campaign.core.common.DomainException;

/** Puts a broken business rule on the page (or the next one) as a message in the user's language. */
public final class Failures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Failures() {
    }

    public static void flash(RedirectAttributes redirect, DomainException ex) {
        redirect.addFlashAttribute("failure", ex.code());
        redirect.addFlashAttribute("failureArgs", args(ex));
    }

    public static void show(Model model, DomainException ex) {
        model.addAttribute("failure", ex.code());
        model.addAttribute("failureArgs", args(ex));
    }

    /** Message arguments as people read them: dates as dd/MM/yyyy. */
    public static Object[] args(DomainException ex) {
        return Arrays.stream(ex.args()).map(arg -> arg instanceof LocalDate date ? DATE.format(date) : arg).toArray();
    }
}
