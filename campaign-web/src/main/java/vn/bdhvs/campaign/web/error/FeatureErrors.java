package vn.bdhvs.campaign.web.error;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.bdhvs.campaign.core.common.DomainException;

/**
 * How one web feature shows the rules its services enforce: each feature has one
 * {@code @ControllerAdvice} extending this, naming the form field each rule belongs to. A form
 * runs its action through {@link #attempt}: a broken rule becomes an error on its field (or on the
 * form) and the form is shown again with what was typed. An action that breaks a rule goes back to
 * the page its {@link ReturnsTo} names, with the rule's message; without one it is a 400 page.
 */
public abstract class FeatureErrors {

    private final Map<String, String> fieldsByCode;

    protected FeatureErrors(Map<String, String> fieldsByCode) {
        this.fieldsByCode = Map.copyOf(fieldsByCode);
    }

    /** Runs the action; returns its result, or empty with the broken rule added to {@code result}. */
    public <T> Optional<T> attempt(BindingResult result, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        }
        catch (DomainException ex) {
            String field = field(ex);
            if (field == null) {
                result.reject(ex.code(), Failures.args(ex), ex.code());
            }
            else {
                result.rejectValue(field, ex.code(), Failures.args(ex), ex.code());
            }
            return Optional.empty();
        }
    }

    /** Runs the action; returns whether it succeeded, else the broken rule is added to {@code result}. */
    public boolean attempt(BindingResult result, Runnable action) {
        return attempt(result, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The form field a broken rule belongs to, or null for the form as a whole. */
    protected String field(DomainException ex) {
        return fieldsByCode.get(ex.code());
    }

    @ExceptionHandler(DomainException.class)
    String brokenRule(DomainException ex, HandlerMethod handler, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ReturnsTo back = handler.getMethodAnnotation(ReturnsTo.class);
        if (back == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return ErrorAdvice.brokenRulePage(ex, request, model);
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("failure", ex.code());
        flash.put("failureArgs", Failures.args(ex));
        UriTemplate page = new UriTemplate(back.value());
        Map<String, String> values = new HashMap<>();
        page.getVariableNames().forEach(name -> values.put(name, variable(request, name)));
        return "redirect:" + page.expand(values);
    }

    @SuppressWarnings("unchecked")
    private static String variable(HttpServletRequest request, String name) {
        Map<String, String> path = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = path != null && path.containsKey(name) ? path.get(name) : request.getParameter(name);
        return value == null ? "" : value;
    }
}
