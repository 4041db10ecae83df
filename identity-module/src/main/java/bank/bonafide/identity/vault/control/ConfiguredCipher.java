package bank.bonafide.identity.vault.control;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The envelope cipher over the configured master keys ({@code bonafide.vault.master-keys}). The configuration is
 * read on every use, so a key added through a live configuration source needs no redeploy; the keyset is built
 * again only when that text changes (one decision uses it often).
 */
public final class ConfiguredCipher {

    /** The keys as last parsed, with the configured text they came from. */
    private record ParsedKeys(String configured, EnvelopeCipher cipher) {
    }

    private static volatile ParsedKeys parsed;

    private ConfiguredCipher() {
    }

    /** @throws IllegalArgumentException when no master key is configured */
    public static EnvelopeCipher current() {
        String keys = ConfigProvider.getConfig().getOptionalValue("bonafide.vault.master-keys", String.class).orElse(null);
        ParsedKeys last = parsed;
        if (last == null || !last.configured().equals(keys)) {
            last = new ParsedKeys(keys, new EnvelopeCipher(MasterKeys.parse(keys)));
            parsed = last;
        }
        return last.cipher();
    }
}
