package bank.bonafide.channel.verifications;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.customer.boundary.CustomerRecords;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CollectedChecks;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.MaskedApplicant;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.platform.digest.Sha256;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * One identity decision as every channel asks for it: the applicant's external checks, the channel's own
 * factors, the caller's login assurance, and (for a loan signing) the hash of the terms the customer's code
 * confirmed. Used by verifications and by loan signing alike.
 */
@RequestScoped
public class CrossVerification {

    /** A terminal photo is a few hundred KiB; anything far larger is not a face capture. */
    static final int MAX_IMAGE_BYTES = 4 * 1024 * 1024;

    @Inject
    Verifications verifications;

    @Inject
    Caller caller;

    @Inject
    CustomerRecords customers;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CrossVerification.class.getName());

    /** The decision, or the 400 that stopped it before any check ran. */
    public record Attempted(DecisionRecord record, Optional<Response> refusal) {
    }

    /** @param confirmedTermsHash the loan terms the customer's code confirmed, or null for anything else */
    public Attempted decide(Purpose purpose, String channel, String terminalId, String customerId, String subjectReference,
                            Instant occurredAt, VerificationRequest.Applicant a, VerificationRequest.ChannelFactors own,
                            String confirmedTermsHash) {
        Optional<Response> bad = invalidApplicant(a);
        if (bad.isPresent()) {
            return new Attempted(null, bad);
        }
        byte[] image = blank(a.capturedImage()) ? null : Base64.getDecoder().decode(a.capturedImage().strip());
        // The bank hashes the photo itself: the hash in the evidence is the vault's, not the terminal's word.
        String imageHash = image != null ? Sha256.hex(image) : a.capturedImageSha256();
        Applicant applicant = new Applicant(a.name().strip(), a.idDocumentNumber().strip(), a.phoneNumber().strip(),
                blank(a.faceReferenceId()) ? null : a.faceReferenceId(), imageHash);
        CollectedChecks checks = verifications.collect(customerId, applicant, occurredAt);
        if (own != null) {
            if (own.oneTimeCodeMatched() != null) {
                checks = checks.plus(new Factor.OneTimeCode(own.oneTimeCodeMatched(), true));
            }
            if (own.paymentPasswordMatched() != null) {
                checks = checks.plus(new Factor.PaymentPassword(own.paymentPasswordMatched()));
            }
            if (!blank(own.counterOfficerId())) {
                // Recorded as whoever attests it, not as the name sent (checked in the request handlers).
                checks = checks.plus(new Factor.CounterOfficerCheck(officer(own.counterOfficerId()), true));
            }
        }
        String actor = caller.name() + (blank(terminalId) ? "" : "@" + terminalId);
        LoginAssurance assurance = caller.token().map(t -> new LoginAssurance(t.acr(), t.amr(), t.authTime()))
                .orElse(LoginAssurance.NOT_STATED);
        VerificationAttempt attempt = new VerificationAttempt(customerId, subjectReference, purpose, channel,
                blank(terminalId) ? null : terminalId, occurredAt, assurance, actor, MaskedApplicant.of(applicant), confirmedTermsHash);
        DecisionRecord decided = verifications.decide(attempt, checks, image);
        if (purpose == Purpose.ACCOUNT_OPENING && "APPROVED".equals(decided.outcome().verdict())) {
            enrol(customerId, applicant, decided);
        }
        return new Attempted(decided, Optional.empty());
    }

    /**
     * An approved opening enrols the customer's identity, sealed, for staff screens. The decision already stands: a
     * failure here (no vault key) is logged, not turned into a refused opening.
     */
    private void enrol(String customerId, Applicant applicant, DecisionRecord decided) {
        try {
            customers.enrol(customerId, applicant.name(), applicant.idDocumentNumber(), applicant.phoneNumber(),
                    "account opening " + decided.decisionId());
        } catch (RuntimeException e) {
            LOG.warning(() -> "customer " + customerId + " not enrolled after approved opening " + decided.decisionId() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    public static Optional<Response> invalidApplicant(VerificationRequest.Applicant a) {
        if (a == null || blank(a.name()) || blank(a.idDocumentNumber()) || blank(a.phoneNumber())) {
            return Optional.of(invalid("the applicant's name, ID number and phone are required"));
        }
        if (!blank(a.capturedImage())) {
            byte[] image;
            try {
                image = Base64.getDecoder().decode(a.capturedImage().strip());
            } catch (IllegalArgumentException e) {
                return Optional.of(invalid("applicant.capturedImage must be base64"));
            }
            if (image.length == 0 || image.length > MAX_IMAGE_BYTES) {
                return Optional.of(invalid("applicant.capturedImage must be between 1 byte and " + MAX_IMAGE_BYTES / 1024 + " KiB"));
            }
        }
        return Optional.empty();
    }

    /** The officer of a factor: the caller now, or the one a session recorded when it was submitted. */
    private String officer(String submitted) {
        return caller.inRole("BACK_OFFICE") ? caller.name() : submitted;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Response invalid(String detail) {
        return Problem.response(400, "invalid-verification", "Invalid verification request", detail);
    }
}
