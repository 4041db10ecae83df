package bank.bonafide.platform.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key of the audit seals ({@code bonafide.seal.key}, env {@code BONAFIDE_SEAL_KEY}: base64 of at least 32
 * bytes), kept outside the database: someone who can write the tables cannot compute a seal that fits. It is never
 * rotated in place, because every seal ever made is checked with it.
 */
final class SealKey {

    private final SecretKeySpec key;

    private SealKey(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    static Optional<SealKey> configured() {
        return ConfigProvider.getConfig().getOptionalValue("bonafide.seal.key", String.class)
                .map(String::strip).filter(s -> !s.isEmpty()).map(SealKey::parse);
    }

    static SealKey parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bonafide.seal.key is not base64");
        }
        if (bytes.length < 32) {
            throw new IllegalArgumentException("bonafide.seal.key must be at least 32 bytes, it has " + bytes.length);
        }
        return new SealKey(bytes);
    }

    /** HMAC-SHA256 of the text, lower-case hex. */
    String seal(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
