package vn.bdhvs.campaign.web.layout;

import java.util.Locale;
import java.util.Set;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.bdhvs.campaign.core.common.DomainException;

/**
 * {@code ?lang=vi|en} switches the language and the cookie remembers it. Any other value of the
 * parameter, or a tampered cookie, is a bad request with a clear message; a tampered cookie is also
 * cleared, so the next page works again.
 */
final class LanguageInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    static final String COOKIE = "campaign-lang";

    static final Set<String> SUPPORTED = Set.of("vi", "en");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Cookie stored = cookie(request);
        if (stored != null && !supported(stored.getValue())) {
            Cookie cleared = new Cookie(COOKIE, "");
            cleared.setPath("/");
            cleared.setMaxAge(0);
            response.addCookie(cleared);
            throw new DomainException("error.badLanguageCookie");
        }
        String requested = request.getParameter(PARAMETER);
        if (requested != null) {
            if (!supported(requested)) {
                throw new DomainException("error.badLanguage", requested.length() > 20 ? requested.substring(0, 20)
                        : requested);
            }
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (resolver != null) {
                resolver.setLocale(request, response, Locale.forLanguageTag(requested));
            }
        }
        return true;
    }

    private static boolean supported(String tag) {
        return tag != null && SUPPORTED.contains(Locale.forLanguageTag(tag).getLanguage())
                && Locale.forLanguageTag(tag).toLanguageTag().equalsIgnoreCase(tag);
    }

    private static Cookie cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie;
            }
        }
        return null;
    }
}
