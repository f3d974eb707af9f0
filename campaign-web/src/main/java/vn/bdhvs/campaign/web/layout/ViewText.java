package vn.bdhvs.campaign.web.layout;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A template rendered to text instead of to the response, with the same model, messages and link
 * building as a page: for a part of a page that is kept and inserted unchanged into later pages
 * (the dashboards' figures). Such a template must not show anything of the user or session.
 */
@Component
public class ViewText {

    /** absent when the application runs a command instead of serving pages (--recompute-progress) */
    private final ObjectProvider<ThymeleafViewResolver> views;

    ViewText(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    public String render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        StringWriter text = new StringWriter(64 * 1024);
        try {
            View view = views.getObject().resolveViewName(viewName, locale);
            if (view == null) {
                throw new IllegalStateException("no view " + viewName);
            }
            view.render(model, request, new Captured(response, new PrintWriter(text)));
        }
        catch (RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IllegalStateException("could not render " + viewName, e);
        }
        return text.toString();
    }

    /** The response as the view sees it: its text goes to the writer, its headers nowhere. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Captured(HttpServletResponse response, PrintWriter writer) {
            super(response);
            this.writer = writer;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("a view rendered to text writes characters");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
