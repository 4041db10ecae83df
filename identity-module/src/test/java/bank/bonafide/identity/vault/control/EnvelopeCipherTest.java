package bank.bonafide.identity.vault.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EnvelopeCipherTest {

    static final byte[] FACE = "\u00ff\u00d8\u00ff fake JPEG of a face, marker FACE-PIXELS-0001".getBytes(StandardCharsets.ISO_8859_1);

    static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void aRecordOpensOnlyWithItsOwnReferenceAndNeverHoldsThePlaintext() {
        EnvelopeCipher cipher = new EnvelopeCipher(MasterKeys.parse("1:" + key()));
        EnvelopeCipher.Sealed sealed = cipher.seal(FACE, "ref-a");

        assertThat(sealed.masterKeyId()).isEqualTo(1);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("FACE-PIXELS-0001");
        assertThat(cipher.open(sealed.wrappedDataKey(), sealed.ciphertext(), "ref-a")).isEqualTo(FACE);
        assertThatThrownBy(() -> cipher.open(sealed.wrappedDataKey(), sealed.ciphertext(), "ref-b"))
                .isInstanceOf(VaultException.class).hasMessageContaining("ref-b");
    }

    @Test
    void everyRecordHasADataKeyOfItsOwn() {
        EnvelopeCipher cipher = new EnvelopeCipher(MasterKeys.parse("1:" + key()));
        EnvelopeCipher.Sealed a = cipher.seal(FACE, "ref-a");
        EnvelopeCipher.Sealed b = cipher.seal(FACE, "ref-a");
        assertThat(a.wrappedDataKey()).isNotEqualTo(b.wrappedDataKey());
        assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
    }

    @Test
    void rotationRewrapsTheDataKeyUnderTheNewMasterKeyAndTheOldKeyCanThenLeave() {
        String oldKey = key();
        String newKey = key();
        EnvelopeCipher before = new EnvelopeCipher(MasterKeys.parse("1:" + oldKey));
        EnvelopeCipher.Sealed sealed = before.seal(FACE, "ref-r");

        EnvelopeCipher rotated = new EnvelopeCipher(MasterKeys.parse("2:" + newKey + ", 1:" + oldKey));
        assertThat(rotated.primaryKeyId()).isEqualTo(2);
        assertThat(rotated.open(sealed.wrappedDataKey(), sealed.ciphertext(), "ref-r")).as("old records still open").isEqualTo(FACE);
        EnvelopeCipher.Sealed moved = rotated.rewrap(sealed.wrappedDataKey(), sealed.ciphertext(), "ref-r");
        assertThat(moved.masterKeyId()).isEqualTo(2);
        assertThat(moved.ciphertext()).as("the image itself is not re-encrypted").isEqualTo(sealed.ciphertext());

        EnvelopeCipher newOnly = new EnvelopeCipher(MasterKeys.parse("2:" + newKey));
        assertThat(newOnly.open(moved.wrappedDataKey(), moved.ciphertext(), "ref-r")).isEqualTo(FACE);
        assertThatThrownBy(() -> newOnly.open(sealed.wrappedDataKey(), sealed.ciphertext(), "ref-r"))
                .as("a record not yet moved needs the old key").isInstanceOf(VaultException.class);
    }

    @Test
    void badKeyConfigurationIsNamedWithoutShowingTheKey() {
        assertThatThrownBy(() -> MasterKeys.parse(null)).hasMessageContaining("bonafide.vault.master-keys");
        assertThatThrownBy(() -> MasterKeys.parse("1:c2hvcnQ=")).hasMessage("vault master key 1 must be 32 bytes, is 5");
        String k = key();
        assertThatThrownBy(() -> MasterKeys.parse("1:" + k + ",1:" + key())).hasMessageContaining("listed twice")
                .hasMessageNotContaining(k);
        assertThatThrownBy(() -> MasterKeys.parse("x:" + k)).hasMessageContaining("positive number");
    }
}
