package bank.bonafide.identity.vault.control;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Envelope encryption: every record gets a fresh AES-256-GCM data key; the data key is stored only
 * wrapped by the master key. Both ciphertexts are bound to the record's reference (associated data), so
 * a ciphertext copied onto another record does not open.
 */
public final class EnvelopeCipher {

    private final MasterKeys masterKeys;

    public EnvelopeCipher(MasterKeys masterKeys) {
        this.masterKeys = masterKeys;
    }

    /** What the vault stores: which master key wrapped the data key, the wrapped key, the ciphertext. */
    public record Sealed(int masterKeyId, byte[] wrappedDataKey, byte[] ciphertext) {
    }

    public Sealed seal(byte[] plaintext, String reference) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] bound = bound(reference);
            byte[] ciphertext = dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class).encrypt(plaintext, bound);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, masterKeys.aead(), bound);
            return new Sealed(masterKeys.primaryId(), wrapped, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new VaultException("could not encrypt a vault record", e);
        }
    }

    public byte[] open(byte[] wrappedDataKey, byte[] ciphertext, String reference) {
        try {
            byte[] bound = bound(reference);
            return dataKey(wrappedDataKey, bound).getPrimitive(RegistryConfiguration.get(), Aead.class).decrypt(ciphertext, bound);
        } catch (GeneralSecurityException e) {
            throw new VaultException("vault record " + reference + " does not open with the configured keys", e);
        }
    }

    /** The same data key wrapped again with the current primary master key; the ciphertext stays as it is. */
    public Sealed rewrap(byte[] wrappedDataKey, byte[] ciphertext, String reference) {
        try {
            byte[] bound = bound(reference);
            byte[] rewrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey(wrappedDataKey, bound),
                    masterKeys.aead(), bound);
            return new Sealed(masterKeys.primaryId(), rewrapped, ciphertext);
        } catch (GeneralSecurityException e) {
            throw new VaultException("vault record " + reference + " cannot be re-wrapped with the configured keys", e);
        }
    }

    public int primaryKeyId() {
        return masterKeys.primaryId();
    }

    private KeysetHandle dataKey(byte[] wrappedDataKey, byte[] bound) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(wrappedDataKey, masterKeys.aead(), bound);
    }

    private static byte[] bound(String reference) {
        return ("bonafide-vault:" + reference).getBytes(StandardCharsets.UTF_8);
    }
}
