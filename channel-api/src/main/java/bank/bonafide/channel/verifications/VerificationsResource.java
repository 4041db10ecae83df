package bank.bonafide.channel.verifications;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.identity.session.boundary.SessionAccess;
import bank.bonafide.identity.session.boundary.VerificationSessions;
import bank.bonafide.identity.session.entity.VerificationSession;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Cross-verification for terminals, counters and compliance replays: the external checks run in
 * parallel, the rule pack in force at the event decides, and the answer names the sealed evidence.
 * Either in one request, or as a session: open it for a purpose, submit the channel's factors as the
 * customer goes through them, then ask for the one decision.
 */
@Path("verifications")
@ApplicationScoped
@RolesAllowed({"TERMINAL", "BACK_OFFICE", "COMPLIANCE_OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class VerificationsResource {

    static final String PURPOSES = "purpose must be one of ACCOUNT_OPENING, LOAN_SIGNING, PAYMENT, PROFILE_CHANGE";

    @Inject
    VerificationSessions sessions;

    @Inject
    Caller caller;

    @Inject
    CrossVerification crossVerification;

    /** One-shot: everything in one request. Also the way compliance replays an event at its own time. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response verify(VerificationRequest body) {
        if (body == null || body.applicant() == null) {
            return invalid("Send purpose, channel, customerId, subjectReference and the applicant.");
        }
        Optional<Purpose> purpose = purpose(body.purpose());
        if (purpose.isEmpty()) {
            return invalid(PURPOSES);
        }
        if (!subjectValid(body.channel(), body.customerId(), body.subjectReference(), body.terminalId())) {
            return invalid("channel (up to 32 characters), customerId (32), subjectReference (64) and the applicant's name, "
                    + "ID number and phone are required; terminalId is up to 64 characters");
        }
        Instant occurredAt = Instant.now();
        if (body.occurredAt() != null) {
            try {
                occurredAt = Instant.parse(body.occurredAt());
            } catch (DateTimeParseException e) {
                return invalid("occurredAt must be an instant like 2019-11-25T06:12:40Z");
            }
            if (!caller.mayActAt(occurredAt)) {
                return Problem.response(403, "replay-not-allowed", "Forbidden",
                        "Only compliance officers and admins may replay an event at another time.");
            }
        }
        if (body.channelFactors() != null && officerClaimRefused(body.channelFactors().counterOfficerId())) {
            return counterStaffOnly();
        }
        CrossVerification.Attempted attempted = crossVerification.decide(purpose.get(), body.channel(), body.terminalId(), body.customerId(),
                body.subjectReference(), occurredAt, body.applicant(), body.channelFactors(), null);
        return attempted.refusal().orElseGet(() -> Response.ok(answer(attempted.record())).build());
    }

    /** A session: opened for one purpose; the channel then submits its factors and finally asks for the decision. */
    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(SessionRequest body) {
        if (body == null) {
            return invalid("Send purpose, channel, customerId and subjectReference.");
        }
        Optional<Purpose> purpose = purpose(body.purpose());
        if (purpose.isEmpty()) {
            return invalid(PURPOSES);
        }
        if (!subjectValid(body.channel(), body.customerId(), body.subjectReference(), body.terminalId())) {
            return invalid("channel (up to 32 characters), customerId (32) and subjectReference (64) are required");
        }
        VerificationSession session = sessions.open(purpose.get().name(), body.channel().strip(),
                blank(body.terminalId()) ? null : body.terminalId().strip(), body.customerId().strip(),
                body.subjectReference().strip(), caller.name());
        return Response.status(201).entity(session(session).build().toString()).build();
    }

    @POST
    @Path("sessions/{id}/factors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") String id, VerificationRequest.ChannelFactors factors) {
        Optional<UUID> sessionId = uuid(id);
        if (sessionId.isEmpty()) {
            return noSession();
        }
        if (factors == null || (factors.oneTimeCodeMatched() == null && factors.paymentPasswordMatched() == null
                && blank(factors.counterOfficerId()))) {
            return invalid("Send at least one of oneTimeCodeMatched, paymentPasswordMatched, counterOfficerId.");
        }
        if (officerClaimRefused(factors.counterOfficerId())) {
            return counterStaffOnly();
        }
        SessionAccess access = sessions.submit(sessionId.get(), caller.name(), factors.oneTimeCodeMatched(),
                factors.paymentPasswordMatched(), blank(factors.counterOfficerId()) ? null : caller.name());
        return access instanceof SessionAccess.Granted granted
                ? Response.ok(session(granted.session()).build().toString()).build()
                : refused((SessionAccess.Refused) access);
    }

    @POST
    @Path("sessions/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideSession(@PathParam("id") String id, SessionDecisionRequest body) {
        Optional<UUID> sessionId = uuid(id);
        if (sessionId.isEmpty()) {
            return noSession();
        }
        if (body == null || body.applicant() == null) {
            return invalid("Send the applicant: name, ID number and phone (and the photo, if one was taken).");
        }
        Optional<Response> bad = CrossVerification.invalidApplicant(body.applicant());
        if (bad.isPresent()) {
            return bad.get();
        }
        SessionAccess access = sessions.claim(sessionId.get(), caller.name());
        if (access instanceof SessionAccess.Refused no) {
            return refused(no);
        }
        VerificationSession s = ((SessionAccess.Granted) access).session();
        CrossVerification.Attempted attempted = crossVerification.decide(Purpose.valueOf(s.purpose()), s.channel(), s.terminalId(),
                s.customerId(), s.subjectReference(), Instant.now(), body.applicant(),
                new VerificationRequest.ChannelFactors(s.oneTimeCodeMatched(), s.paymentPasswordMatched(), s.counterOfficerId()), null);
        if (attempted.refusal().isPresent()) {
            return attempted.refusal().get();
        }
        sessions.decided(s.id(), attempted.record().decisionId());
        return Response.ok(answer(attempted.record())).build();
    }

    /** An in-person document check is attested only by counter staff, in their own name. */
    private boolean officerClaimRefused(String counterOfficerId) {
        return !blank(counterOfficerId) && !caller.inRole("BACK_OFFICE");
    }

    private static Response counterStaffOnly() {
        return Problem.response(403, "counter-staff-only", "Forbidden",
                "Only counter staff can attest an in-person document check, and only in their own name.");
    }

    private static JsonObjectBuilder session(VerificationSession s) {
        JsonArrayBuilder submitted = Json.createArrayBuilder();
        s.submitted().forEach(submitted::add);
        return Json.createObjectBuilder().add("sessionId", s.id().toString()).add("purpose", s.purpose())
                .add("status", s.status().name()).add("expiresAt", s.expiresAt().toString()).add("submitted", submitted);
    }

    private static Response refused(SessionAccess.Refused no) {
        return no.notFound() ? noSession() : Problem.response(409, "session-not-usable", "Session not usable", no.reason());
    }

    private static Response noSession() {
        return Problem.response(404, "not-found", "Not Found", "No session of yours has this id.");
    }

    private static Optional<Purpose> purpose(String value) {
        try {
            return Optional.of(Purpose.valueOf(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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

    private static boolean blank(String s) {
        return CrossVerification.blank(s);
    }

    private static Response invalid(String detail) {
        return CrossVerification.invalid(detail);
    }

    /** Who and what a verification is for, within the stored widths (a longer value is refused, not cut). */
    private static boolean subjectValid(String channel, String customerId, String subjectReference, String terminalId) {
        return !blank(channel) && !blank(customerId) && !blank(subjectReference) && channel.length() <= 32 && customerId.length() <= 32
                && subjectReference.length() <= 64 && (terminalId == null || terminalId.length() <= 64);
    }
}
