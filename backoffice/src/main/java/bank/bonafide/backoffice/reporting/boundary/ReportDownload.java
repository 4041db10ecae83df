package bank.bonafide.backoffice.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Downloads a compliance report: {@code ?draft=pdf|csv} for the one generated in this session, or
 * {@code ?filing=<id>&format=pdf|csv} for a filed one, byte for byte as filed (its SHA-256 is the one the history
 * shows). Compliance officers only (web.xml). Aggregates only, so no personal-data export approval applies.
 */
@WebServlet("/compliance-report")
public class ReportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportDraft draft;

    @Inject
    transient ReportFilings filings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = Optional.ofNullable(request.getParameter("draft")).orElse(request.getParameter("format"));
        if (!"pdf".equals(format) && !"csv".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be pdf or csv");
            return;
        }
        Optional<byte[]> document;
        String name;
        if (request.getParameter("draft") != null) {
            document = draft.generated().map(g -> "pdf".equals(format) ? g.pdf() : g.csv());
            name = draft.generated().map(g -> "compliance-report-" + g.report().from() + "-" + g.report().to() + "-draft").orElse("");
        } else {
            UUID id;
            try {
                id = UUID.fromString(String.valueOf(request.getParameter("filing")));
            } catch (IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            document = filings.document(id, format);
            name = "compliance-report-filing-" + id;
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = document.get();
        response.setContentType("pdf".equals(format) ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
