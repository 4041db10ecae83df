package bank.bonafide.platform.seal;

/**
 * What verifying one sealed table found: intact, or the first record that does not fit and why.
 *
 * @param sealedRows     rows in the chain
 * @param pendingRows    rows written but not sealed yet (sealed within seconds; not a finding by themselves)
 * @param brokenPosition chain position of the first broken record, null when intact
 * @param brokenRecord   that record's key, or null when the record is missing (deleted) or the chain's end is wrong
 */
public record SealCheck(String table, long sealedRows, long pendingRows, boolean intact, Long brokenPosition, String brokenRecord,
                        String problem) {

    static SealCheck intact(String table, long sealed, long pending) {
        return new SealCheck(table, sealed, pending, true, null, null, null);
    }

    static SealCheck broken(String table, long sealed, long pending, long position, String record, String problem) {
        return new SealCheck(table, sealed, pending, false, position, record, problem);
    }
}
