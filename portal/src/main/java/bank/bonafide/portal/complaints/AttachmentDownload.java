package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintAttachments;
import bank.bonafide.portal.security.SignedInCustomer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * A document of the customer's own complaint ({@code attachment?ref=...&id=...}), always as a download with
 * the type the bank detected, so that no uploaded file is ever rendered by the browser as a page. Anyone
 * else's file, or a malformed request, is the same 404. Sits under the portal's CUSTOMER-only constraint.
 */
@WebServlet("/attachment")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REFERENCE = 32;

    @Inject
    SignedInCustomer customer;

    @Inject
    ComplaintAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        UUID id = uuid(request.getParameter("id"));
        Optional<String> customerId = customer.customerId();
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE || id == null || customerId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ComplaintAttachments.Content> found = attachments.openForCustomer(reference.strip(), id, customerId.get());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ComplaintAttachments.Content file = found.get();
        response.setContentType(file.mediaType());
        response.setContentLength(file.bytes().length);
        response.setHeader("Content-Disposition", file.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(file.bytes());
    }

    private static UUID uuid(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
