package bank.bonafide.portal.complaints;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns an upload above the container's limits (web.xml multipart-config) into a readable "too large" page
 * (413) instead of an exception deep in Faces. Files up to that limit reach the pages, which refuse anything
 * above 5 MB themselves with the file's name and size.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The multipart-config max-request-size of the Faces Servlet in web.xml (60 MiB). */
    static final long MAX_REQUEST_BYTES = 60L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            // The text fields of the form are decoded when the parts are read: in UTF-8, so Chinese survives.
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                // The container refuses a file or request over the multipart-config limits this way.
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
