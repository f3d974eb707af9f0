package vn.bdhvs.campaign.web.error;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload larger than the limit goes back to the page it came from with a message saying the
 * limit, before anything reads it. Left to the container, it would end in a bare "413" page: the
 * security filters read the form (for its CSRF token) before any page could explain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

    private final DataSize maxUpload;

    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/")
                || request.getContentLengthLong() <= maxUpload.toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        String back = samePagePath(request.getHeader("Referer"));
        FlashMap flash = new FlashMap();
        flash.put("failure", "upload.tooLarge");
        flash.put("failureArgs", List.of(maxUpload.toMegabytes()).toArray());
        flash.setTargetRequestPath(back);
        flashes.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + back);
    }

    /** The path of the page the form was on, never another site: "/" when unknown. */
    private static String samePagePath(String referer) {
        try {
            String path = referer == null ? null : URI.create(referer).getRawPath();
            return path != null && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        }
        catch (IllegalArgumentException ex) {
            return "/";
        }
    }
}
