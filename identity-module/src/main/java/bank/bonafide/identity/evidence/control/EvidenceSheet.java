package bank.bonafide.identity.evidence.control;

import java.time.Instant;

/**
 * What a court needs to read one package: its content, where it sits in the hash chain, whether the chain
 * verified at export, and who exported it when.
 *
 * @param contentJson  the package's content exactly as stored and sealed (canonical JSON)
 * @param position     the package's position in the hash chain
 * @param contentSha256 the SHA-256 of {@code contentJson}
 * @param previousSeal the seal of the package before it
 * @param seal         this package's seal (covers the previous seal and the content hash)
 * @param sealedAt     when the package was sealed
 * @param chainIntact  whether the whole chain verified at export
 * @param chainNote    null when the chain is intact, else the verifier's problem text
 * @param exportedBy   who exported the package
 * @param exportedAt   when it was exported
 */
public record EvidenceSheet(String contentJson, long position, String contentSha256, String previousSeal, String seal,
                            Instant sealedAt, boolean chainIntact, String chainNote, String exportedBy,
                            Instant exportedAt) {
}
