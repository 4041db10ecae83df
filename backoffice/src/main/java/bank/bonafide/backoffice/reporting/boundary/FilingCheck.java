package bank.bonafide.backoffice.reporting.boundary;

/**
 * The verification of every filing from the first: documents against their hashes, each seal against the one
 * before it.
 *
 * @param filings    how many filings were checked
 * @param brokenAt   the position of the first filing that does not verify; null when all do
 * @param problem    what is wrong there, in words; null when all verify
 */
public record FilingCheck(boolean intact, long filings, Long brokenAt, String problem) {
}
