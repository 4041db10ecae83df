package bank.bonafide.backoffice.evidence;

import bank.bonafide.identity.evidence.boundary.EvidenceExport;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.evidence.boundary.ExportStep;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * The asker's one collection of an approved evidence export ({@code /evidence-export?request=}): identity checks that
 * this is the person who asked, that a second person approved and that it was not collected before, and logs the
 * collection as the export. Anything else is answered with 409 and nothing is sent.
 */
@WebServlet("/evidence-export")
public class EvidenceExportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvidenceExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("request")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportStep step = exports.collect(id, request.getUserPrincipal().getName());
        if (!(step instanceof ExportStep.Collected collected)) {
            response.sendError(step instanceof ExportStep.NotFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT);
            return;
        }
        EvidenceExport export = collected.export();
        response.setContentType(export.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(export.content().length);
        response.getOutputStream().write(export.content());
    }
}
