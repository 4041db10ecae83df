package bank.bonafide.backoffice.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintAttachments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's file for staff: always a download (never rendered in the back office's origin), each opening
 * on the case's timeline. Sits under the back office's staff-only constraint.
 */
@WebServlet("/complaint-attachment")
public class ComplaintAttachmentDownload extends HttpServlet {

    @Inject
    ComplaintAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ComplaintAttachments.Content> file = id(request.getParameter("id"))
                .flatMap(id -> attachments.openForStaff(request.getParameter("ref"), id, request.getUserPrincipal().getName()));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, file.get());
    }

    /** The headers every file download needs: detected type, download only, no sniffing, no caching. */
    private static void send(HttpServletResponse response, ComplaintAttachments.Content file) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", file.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }

    private static Optional<UUID> id(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
