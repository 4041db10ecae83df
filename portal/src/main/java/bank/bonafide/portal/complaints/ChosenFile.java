package bank.bonafide.portal.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintForm;
import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * A file the customer chose in a form, read for the complaints boundary. It is checked here with the bank's
 * own {@link AttachmentPolicy} first so that a refusal reads in the customer's language and names the real
 * size; the boundary checks it again before storing anything.
 */
final class ChosenFile {

    private ChosenFile() {
    }

    /** False for the empty part a browser sends when no file was chosen. */
    static boolean chosen(Part part) {
        String name = part.getSubmittedFileName();
        return part.getSize() > 0 || (name != null && !name.isBlank());
    }

    /** The file as the boundary takes it, or empty with the customer's reason in {@code refusal}. */
    static Optional<ComplaintForm.Upload> read(Part part, StringBuilder refusal) {
        String name = AttachmentPolicy.clean(part.getSubmittedFileName());
        if (part.getSize() > AttachmentPolicy.MAX_BYTES) {
            refusal.append(Texts.of("upload.tooBig", name, megabytes(part.getSize())));
            return Optional.empty();
        }
        byte[] content;
        // At most one byte over the limit: a part that claims to be small cannot make us hold a huge file.
        try (InputStream in = part.getInputStream()) {
            content = in.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        } catch (IOException e) {
            refusal.append(Texts.of("upload.unreadable", name));
            return Optional.empty();
        }
        if (content.length > AttachmentPolicy.MAX_BYTES) {
            refusal.append(Texts.of("upload.overLimit", name));
            return Optional.empty();
        }
        if (AttachmentPolicy.check(part.getSubmittedFileName(), content, new StringBuilder()).isEmpty()) {
            refusal.append(Texts.of(content.length == 0 ? "upload.empty" : "upload.wrongType", name));
            return Optional.empty();
        }
        return Optional.of(new ComplaintForm.Upload(part.getSubmittedFileName(), content));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
