package bank.bonafide.complaints.complaint.control;

import bank.bonafide.platform.text.Sentences;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which files a customer may send: a PDF, PNG or JPEG of at most {@link #MAX_BYTES}. The type is read from
 * the content's signature; the name's extension must agree with it, so a script renamed to .pdf is refused.
 * Accepted files are stored in the database, never under a web root, and always served as downloads.
 */
public final class AttachmentPolicy {

    /** 5 MiB: a phone photo of a police report fits; the database packet limit (16 MiB) is far away. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_COMPLAINT = 10;

    private static final Sentences SENTENCES = Sentences.of(AttachmentPolicy.class);

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private AttachmentPolicy() {
    }

    /** An accepted file: its cleaned name and detected type. */
    public record Accepted(String fileName, String mediaType) {
    }

    /** The accepted file, or empty with the reason in {@code refusal}, in the reader's language. */
    public static Optional<Accepted> check(String fileName, byte[] content, StringBuilder refusal) {
        return check(fileName, content, refusal, Sentences.readerLocale());
    }

    /** The accepted file, or empty with the reason in {@code refusal}, in the given language. */
    public static Optional<Accepted> check(String fileName, byte[] content, StringBuilder refusal, Locale language) {
        String name = clean(fileName);
        if (content == null || content.length == 0) {
            refusal.append(SENTENCES.sayIn(language, "file.empty", name));
            return Optional.empty();
        }
        if (content.length > MAX_BYTES) {
            refusal.append(SENTENCES.sayIn(language, "file.too.large", name, MAX_BYTES / (1024 * 1024)));
            return Optional.empty();
        }
        String type = startsWith(content, PDF) ? "application/pdf"
                : startsWith(content, PNG) ? "image/png"
                : startsWith(content, JPEG) ? "image/jpeg" : null;
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean extensionAgrees = type != null && switch (type) {
            case "application/pdf" -> extension.equals("pdf");
            case "image/png" -> extension.equals("png");
            default -> extension.equals("jpg") || extension.equals("jpeg");
        };
        if (!extensionAgrees) {
            refusal.append(SENTENCES.sayIn(language, "file.wrong.type", name));
            return Optional.empty();
        }
        return Optional.of(new Accepted(name, type));
    }

    /**
     * The name without any path, control or markup characters, at most 120 characters; it is only ever shown
     * and offered as a download name, never used to store the file.
     */
    public static String clean(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() <= 120 ? name : name.substring(name.length() - 120);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
