package bank.bonafide.identity.evidence.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain: each seal covers the previous seal and this package's content. */
public final class EvidenceSeal {

    /** The seal before the first package. */
    public static final String GENESIS = "0".repeat(64);

    private EvidenceSeal() {
    }

    public static String contentHash(String content) {
        return sha256(content);
    }

    public static String seal(String previousSeal, String contentHash) {
        return sha256(previousSeal + ":" + contentHash);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
