package bank.bonafide.identity.customer.boundary;

/**
 * Why a member of staff opens a customer record (CN-12): a case it belongs to, checked by the caller (a complaint
 * or review of this customer), or else a stated purpose. Reads without a case count towards bulk access (CN-13).
 *
 * @param caseLink the reference of a case of this customer, already checked, or null
 */
public record StaffAccess(String staff, String purpose, String caseLink) {

    public boolean stated() {
        return (purpose != null && !purpose.isBlank()) || (caseLink != null && !caseLink.isBlank());
    }

    /** The purpose as logged: the stated words, else "case <link>". */
    String logged() {
        String p = purpose == null || purpose.isBlank() ? "case " + caseLink : purpose.strip();
        return p.length() <= 300 ? p : p.substring(0, 297) + "...";
    }
}
