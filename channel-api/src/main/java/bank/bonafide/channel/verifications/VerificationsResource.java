package bank.bonafide.channel.verifications;

import bank.bonafide.channel.problem.Problem;
import bank.bonafide.channel.security.BearerTokenAuthentication;
import bank.bonafide.channel.security.VerifiedToken;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.boundary.Verifications;
import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CollectedChecks;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.LoginAssurance;
import bank.bonafide.identity.verification.entity.MaskedApplicant;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.digest.Sha256;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Cross-verification for terminals, counters and compliance replays: the external checks run in
 * parallel, the rule pack in force at the event decides, and the answer names the sealed evidence.
 */
@Path("verifications")
@RequestScoped
@RolesAllowed({"TERMINAL", "BACK_OFFICE", "COMPLIANCE_OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class VerificationsResource {

    /** An event this far from now is a replay and needs compliance or admin. */
    static final Duration REPLAY = Duration.ofMinutes(5);

    /** A terminal photo is a few hundred KiB; anything far larger is not a face capture. */
    static final int MAX_IMAGE_BYTES = 4 * 1024 * 1024;

    @Inject
    Verifications verifications;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verify(VerificationRequest body) {
        if (body == null || body.applicant() == null) {
            return invalid("Send purpose, channel, customerId, subjectReference and the applicant.");
        }
        Purpose purpose;
        try {
            purpose = Purpose.valueOf(String.valueOf(body.purpose()));
        } catch (IllegalArgumentException e) {
            return invalid("purpose must be one of ACCOUNT_OPENING, LOAN_SIGNING, PAYMENT, PROFILE_CHANGE");
        }
        VerificationRequest.Applicant a = body.applicant();
        if (blank(body.channel()) || blank(body.customerId()) || blank(body.subjectReference())
                || blank(a.name()) || blank(a.idDocumentNumber()) || blank(a.phoneNumber())) {
            return invalid("channel, customerId, subjectReference and the applicant's name, ID number and phone are required");
        }
        Instant occurredAt = Instant.now();
        if (body.occurredAt() != null) {
            try {
                occurredAt = Instant.parse(body.occurredAt());
            } catch (DateTimeParseException e) {
                return invalid("occurredAt must be an instant like 2019-11-25T06:12:40Z");
            }
            boolean replay = Duration.between(occurredAt, Instant.now()).abs().compareTo(REPLAY) > 0;
            if (replay && !request.isUserInRole("COMPLIANCE_OFFICER") && !request.isUserInRole("ADMIN")) {
                return Problem.response(403, "replay-not-allowed", "Forbidden",
                        "Only compliance officers and admins may replay an event at another time.");
            }
        }
        byte[] image = null;
        if (!blank(a.capturedImage())) {
            try {
                image = Base64.getDecoder().decode(a.capturedImage().strip());
            } catch (IllegalArgumentException e) {
                return invalid("applicant.capturedImage must be base64");
            }
            if (image.length == 0 || image.length > MAX_IMAGE_BYTES) {
                return invalid("applicant.capturedImage must be between 1 byte and " + MAX_IMAGE_BYTES / 1024 + " KiB");
            }
        }
        // The bank hashes the photo itself: the hash in the evidence is the vault's, not the terminal's word.
        String imageHash = image != null ? Sha256.hex(image) : a.capturedImageSha256();
        Applicant applicant = new Applicant(a.name().strip(), a.idDocumentNumber().strip(), a.phoneNumber().strip(),
                blank(a.faceReferenceId()) ? null : a.faceReferenceId(), imageHash);
        CollectedChecks checks = verifications.collect(body.customerId(), applicant, occurredAt);
        VerificationRequest.ChannelFactors own = body.channelFactors();
        if (own != null) {
            if (own.oneTimeCodeMatched() != null) {
                checks = checks.plus(new Factor.OneTimeCode(own.oneTimeCodeMatched(), true));
            }
            if (own.paymentPasswordMatched() != null) {
                checks = checks.plus(new Factor.PaymentPassword(own.paymentPasswordMatched()));
            }
            if (!blank(own.counterOfficerId())) {
                checks = checks.plus(new Factor.CounterOfficerCheck(own.counterOfficerId(), true));
            }
        }
        Optional<VerifiedToken> caller = caller();
        String actor = caller.map(VerifiedToken::username).orElse("?")
                + (blank(body.terminalId()) ? "" : "@" + body.terminalId());
        LoginAssurance assurance = caller.map(t -> new LoginAssurance(t.acr(), t.amr(), t.authTime()))
                .orElse(LoginAssurance.NOT_STATED);
        VerificationAttempt attempt = new VerificationAttempt(body.customerId(), body.subjectReference(), purpose,
                body.channel(), blank(body.terminalId()) ? null : body.terminalId(), occurredAt, assurance, actor,
                MaskedApplicant.of(applicant));
        DecisionRecord record = verifications.decide(attempt, checks, image);
        return Response.ok(answer(record)).build();
    }

    private static String answer(DecisionRecord record) {
        VerificationOutcome outcome = record.outcome();
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        outcome.explanation().forEach(reasons::add);
        return Json.createObjectBuilder()
                .add("decisionId", record.decisionId().toString())
                .add("outcome", outcome.verdict())
                .add("reasons", reasons)
                .add("rulePack", Json.createObjectBuilder().add("id", outcome.packId()).add("version", outcome.packVersion()))
                .add("evidencePackageId", record.evidencePackageId().toString())
                .add("seal", record.seal())
                .build().toString();
    }

    private Optional<VerifiedToken> caller() {
        return Optional.ofNullable((VerifiedToken) request.getAttribute(BearerTokenAuthentication.TOKEN_ATTRIBUTE));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Response invalid(String detail) {
        return Problem.response(400, "invalid-verification", "Invalid verification request", detail);
    }
}
