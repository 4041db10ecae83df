package bank.bonafide.identity.evidence.boundary;

/**
 * The result of checking the whole chain: intact, or the position of the first package whose content,
 * link or seal does not match (a changed, removed or inserted package).
 */
public record ChainVerification(boolean intact, int packagesChecked, Long firstBrokenPosition, String problem) {
}
