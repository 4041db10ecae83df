package bank.bonafide.identity.customer.control;

/** How C2 fields read on screens (CN-11): enough to tell records apart, not enough to use them. */
public final class Masks {

    private Masks() {
    }

    /** An ID number as its first 3 and last 4 characters: 110***********1234. */
    public static String idNumber(String idNumber) {
        String s = idNumber.strip();
        return s.length() <= 7 ? "*".repeat(s.length()) : s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    /** A phone as its first 3 and last 4 digits after any country code: +86 138****5678. */
    public static String phone(String phone) {
        String s = phone.strip().replace(" ", "");
        String prefix = "";
        if (s.startsWith("+86")) {
            prefix = "+86 ";
            s = s.substring(3);
        }
        return prefix + (s.length() <= 7 ? "*".repeat(s.length()) : s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4));
    }

    /** A name as its first character: 李**. */
    public static String name(String name) {
        String s = name.strip();
        return s.isEmpty() ? "" : s.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "*".repeat(Math.max(1, s.codePointCount(0, s.length()) - 1));
    }
}
