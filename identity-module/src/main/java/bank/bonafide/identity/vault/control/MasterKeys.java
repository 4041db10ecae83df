package bank.bonafide.identity.vault.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * The vault's master keys as configured: {@code id:base64,id:base64,...}, each a 256-bit AES key, the
 * first one primary. Rotation is adding a new key in front: new data keys are wrapped with it, records
 * wrapped with an older key still open until {@link EnvelopeCipher#rewrap} has moved them, after which the
 * old key can be removed from the configuration.
 */
public final class MasterKeys {

    private final Aead aead;
    private final int primaryId;

    private MasterKeys(Aead aead, int primaryId) {
        this.aead = aead;
        this.primaryId = primaryId;
    }

    /** @throws IllegalArgumentException naming the problem (never the key material) */
    public static MasterKeys parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("no vault master key configured (bonafide.vault.master-keys)");
        }
        try {
            AeadConfig.register();
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.TINK).build();
            KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
            Set<Integer> ids = new HashSet<>();
            Integer primary = null;
            for (String entry : configured.split(",")) {
                String[] parts = entry.strip().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("vault master key entry must be id:base64");
                }
                int id = parseId(parts[0]);
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("vault master key id " + id + " is listed twice");
                }
                byte[] material = decode(parts[1], id);
                AesGcmKey key = AesGcmKey.builder().setParameters(parameters)
                        .setKeyBytes(SecretBytes.copyFrom(material, InsecureSecretKeyAccess.get()))
                        .setIdRequirement(id).build();
                KeysetHandle.Builder.Entry added = KeysetHandle.importKey(key);
                if (primary == null) {
                    added.makePrimary();
                    primary = id;
                }
                keyset.addEntry(added);
            }
            return new MasterKeys(keyset.build().getPrimitive(RegistryConfiguration.get(), Aead.class), primary);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("vault master keys cannot be used: " + e.getClass().getSimpleName());
        }
    }

    private static int parseId(String text) {
        try {
            int id = Integer.parseInt(text.strip());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vault master key id must be a positive number");
        }
    }

    private static byte[] decode(String base64, int id) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vault master key " + id + " is not base64");
        }
        if (material.length != 32) {
            throw new IllegalArgumentException("vault master key " + id + " must be 32 bytes, is " + material.length);
        }
        return material;
    }

    Aead aead() {
        return aead;
    }

    /** The key new data keys are wrapped with. */
    public int primaryId() {
        return primaryId;
    }
}
