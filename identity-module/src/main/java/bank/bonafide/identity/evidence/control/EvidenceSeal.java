package bank.bonafide.identity.evidence.control;

import bank.bonafide.platform.digest.Sha256;


/** The hash chain: each seal covers the previous seal and this package's content. */
public final class EvidenceSeal {

    /** The seal before the first package. */
    public static final String GENESIS = "0".repeat(64);

    private EvidenceSeal() {
    }

    public static String contentHash(String content) {
        return Sha256.hex(content);
    }

    public static String seal(String previousSeal, String contentHash) {
        return Sha256.hex(previousSeal + ":" + contentHash);
    }

}
