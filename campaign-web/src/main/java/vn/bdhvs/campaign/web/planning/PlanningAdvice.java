package vn.bdhvs.campaign.web.planning;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.planning.PlanningYears;

/**
 * The planning pages' shared model (what every page shows besides its own data) and the answer to
 * a save refused because someone else changed the data meanwhile.
 */
// before the application-wide ErrorAdvice, which would answer any DomainException with a 400 page
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { PlanningController.class, BaselineController.class,
        AllocationController.class, TargetHistoryController.class })
class PlanningAdvice {

    private static final ProvincePaths PROVINCE_PATHS = new ProvincePaths();

    /** The years of the year selector. */
    @ModelAttribute("years")
    List<Integer> years() {
        return PlanningYears.all();
    }

    /** Where each province's planning pages are. */
    @ModelAttribute("provincePaths")
    ProvincePaths provincePaths() {
        return PROVINCE_PATHS;
    }

    /**
     * Nothing was saved: back to the page the form was on ({@code /provinces/79/targets} for a POST to
     * it or, for an action, to its page: {@code …/baselines} for {@code …/baselines/csv}), same year,
     * indicator and group, where the fresh values show under the message.
     */
    @ExceptionHandler(ConcurrentChangeException.class)
    String concurrentChange(ConcurrentChangeException ex, HttpServletRequest request, RedirectAttributes redirect) {
        String page = request.getRequestURI().substring(request.getContextPath().length())
                .replaceFirst("/(csv|proportional)$", "");
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(page);
        for (String name : List.of("indicator", "group", "year")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        }
        redirect.addFlashAttribute("failure", ex.code());
        return "redirect:" + uri.encode().build().toUriString();
    }
}
