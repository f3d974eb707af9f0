package vn.bdhvs.campaign.web.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

import vn.bdhvs.campaign.web.security.CampaignUser;

/**
 * Whole pages rendered once and kept under a key naming everything they show: the caller's key
 * (for a dashboard, its figures' data version, parameters, language and day), the view, the
 * language and the signed-in user as the layout shows them (name, role, unit). A later request with
 * the same key is served the kept text with only its own parts filled in: the session's CSRF token
 * and the caller's live texts, which change by the minute ("updated 3 minutes ago"). Rendering the
 * layout with Thymeleaf was most of a kept dashboard's cost (docs/benchmarks.md). A request carrying
 * a flash message is rendered afresh and not kept.
 */
@Component
public class KeptPages {

    /** Marks a part to fill in; random per start, so no data can hold it. */
    private static final String MARK = "kept" + UUID.randomUUID().toString().replace("-", "");

    private static final Pattern SLOT = Pattern.compile(MARK + "(\\w+)" + MARK);

    private static final String CSRF_SLOT = "csrf";

    private record Key(String view, Object content, Locale locale, String username, String displayName, Object role,
            String unitCode) {
    }

    /**
     * A kept page: its text between the parts to fill in, encoded once, and the names of those parts
     * ({@code slots[i]} comes after {@code parts[i]}).
     */
    private record Page(byte[][] parts, String[] slots) {

        private int weight() {
            int weight = 0;
            for (byte[] part : parts) {
                weight += part.length;
            }
            return weight;
        }
    }

    private final Cache<Key, Page> kept;

    private final ViewText viewText;

    KeptPages(@Value("${campaign.pages.kept-megabytes}") int keptMegabytes, ViewText viewText, MeterRegistry meters) {
        this.kept = Caffeine.newBuilder().maximumWeight(keptMegabytes * 1024L * 1024)
                .<Key, Page>weigher((key, page) -> page.weight()).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, kept, "pages.kept");
        this.viewText = viewText;
    }

    /** A page without live texts: see {@link #serve(String, Object, CampaignUser, Supplier, Map, HttpServletRequest, HttpServletResponse)}. */
    public void serve(String view, Object content, CampaignUser user, Supplier<Map<String, Object>> model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(view, content, user, model, Map.of(), request, response);
    }

    /**
     * Writes the page of {@code view} kept under {@code content} for this user and the request's
     * language, or renders it from {@code model} (with the layout's attributes) and keeps it.
     * {@code live}: the model's attributes filled in on every request, as text.
     */
    public void serve(String view, Object content, CampaignUser user, Supplier<Map<String, Object>> model,
            Map<String, String> live, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Page page = flash != null && !flash.isEmpty() ? render(view, model.get(), live, locale, request, response)
                : kept.get(new Key(view, content, locale, user.getUsername(), user.displayName(), user.role(),
                        user.unitCode()), k -> render(view, model.get(), live, locale, request, response));
        write(page, live, request, response);
    }

    /** The page with a mark where each live text and the CSRF token go. */
    private Page render(String view, Map<String, Object> model, Map<String, String> live, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> values = new HashMap<>(model);
        live.keySet().forEach(name -> values.put(name, MARK + name + MARK));
        return split(viewText.render(view, values, locale, new MarkedCsrf(request), response));
    }

    private static Page split(String text) {
        List<byte[]> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher matcher = SLOT.matcher(text);
        int from = 0;
        while (matcher.find()) {
            parts.add(text.substring(from, matcher.start()).getBytes(StandardCharsets.UTF_8));
            slots.add(matcher.group(1));
            from = matcher.end();
        }
        parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return new Page(parts.toArray(byte[][]::new), slots.toArray(String[]::new));
    }

    private static void write(Page page, Map<String, String> live, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        byte[][] filled = new byte[page.slots().length][];
        long length = page.weight();
        for (int i = 0; i < filled.length; i++) {
            String slot = page.slots()[i];
            String text = CSRF_SLOT.equals(slot) ? ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken()
                    : live.get(slot);
            filled[i] = HtmlUtils.htmlEscape(text, "UTF-8").getBytes(StandardCharsets.UTF_8);
            length += filled[i].length;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLengthLong(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < page.parts().length; i++) {
            out.write(page.parts()[i]);
            if (i < filled.length) {
                out.write(filled[i]);
            }
        }
    }

    /** The request as a kept page's forms see it: a CSRF token that is only a mark for the session's own. */
    private static final class MarkedCsrf extends HttpServletRequestWrapper {

        private final CsrfToken mark;

        MarkedCsrf(HttpServletRequest request) {
            super(request);
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            this.mark = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), MARK + CSRF_SLOT + MARK);
        }

        @Override
        public Object getAttribute(String name) {
            return CsrfToken.class.getName().equals(name) || mark.getParameterName().equals(name) ? mark
                    : super.getAttribute(name);
        }
    }
}
