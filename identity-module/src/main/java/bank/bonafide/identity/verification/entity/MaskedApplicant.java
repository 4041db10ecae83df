package bank.bonafide.identity.verification.entity;

/**
 * The applicant as staff may see them (CN-11: C2 data masked on display): enough to match a document
 * or a caller in front of them, not enough to use the number elsewhere. The only form of the ID number
 * and phone that identity keeps.
 */
public record MaskedApplicant(String name, String idDocumentNumber, String phoneNumber) {

    public static MaskedApplicant of(Applicant applicant) {
        return of(applicant.name(), applicant.idDocumentNumber(), applicant.phoneNumber());
    }

    /** The bank's one masking rule for a person's name, ID number and phone (verification evidence, customer records). */
    public static MaskedApplicant of(String name, String idDocumentNumber, String phoneNumber) {
        return new MaskedApplicant(name(name), maskDocument(idDocumentNumber), keep(phoneNumber, 6, 4));
    }

    /** An ID document number as staff may see it: first four and last four characters. */
    public static String maskDocument(String number) {
        return keep(number, 4, 4);
    }

    /** First character of each part of the name, the rest starred: "Li Na" becomes "L* N*". */
    static String name(String name) {
        StringBuilder masked = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = part.codePointAt(0);
            masked.appendCodePoint(first).append("*".repeat(Math.max(1, part.codePointCount(0, part.length()) - 1)));
        }
        return masked.toString();
    }

    /** Keeps {@code head} and {@code tail} characters and stars the middle; short values are starred whole. */
    static String keep(String value, int head, int tail) {
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
