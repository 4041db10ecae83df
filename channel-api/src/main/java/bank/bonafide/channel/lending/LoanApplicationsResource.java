package bank.bonafide.channel.lending;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.channel.verifications.CrossVerification;
import bank.bonafide.channel.verifications.VerificationRequest;
import bank.bonafide.identity.verification.boundary.DecisionRecord;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.lending.application.boundary.ApplicationResult;
import bank.bonafide.lending.application.boundary.ApplicationView;
import bank.bonafide.lending.application.boundary.LoanApplications;
import bank.bonafide.lending.application.boundary.SigningStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Loan applications from the mobile app (a customer for herself) and the back office (naming the customer).
 * Signing is two steps: ask for a code (sent by SMS, bound to the current terms), then sign with it; the
 * code confirms the terms only if they are still exactly those it was sent for, and identity's LOAN_SIGNING
 * step-up runs on the applicant with that terms hash. The loan exists once identity approved; the
 * application's {@code status} and {@code loanReference} say so a moment later.
 */
@Path("loan-applications")
@ApplicationScoped
@RolesAllowed({"CUSTOMER", "BACK_OFFICE", "COMPLIANCE_OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class LoanApplicationsResource {

    /** What an application carries; {@code customerId} only from staff, {@code occurredAt} only for replays. */
    public record ApplicationRequest(String productCode, String accountReference, String amount, Integer termMonths,
                                     Boolean creditReportConsent, String customerId, String occurredAt) {
    }

    public record TermsRequest(String amount, Integer termMonths) {
    }

    public record CodeRequest(String phoneNumber) {
    }

    /** The code from the SMS, the applicant as identity checks her, and the app's own payment-password result. */
    public record SignatureRequest(String code, VerificationRequest.Applicant applicant, Boolean paymentPasswordMatched) {
    }

    @Inject
    LoanApplications applications;

    @Inject
    CrossVerification crossVerification;

    @Inject
    Caller caller;

    /** The credit-report consent text the app shows next to its (unticked) box. */
    @GET
    @Path("credit-report-consent")
    public Response consentNotice() {
        return Response.ok(Json.createObjectBuilder().add("notice", bank.bonafide.lending.application.entity.CreditReportConsent.NOTICE)
                .add("rule", "CN-06").build().toString()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(ApplicationRequest body) {
        if (body == null || blank(body.productCode()) || blank(body.accountReference()) || body.termMonths() == null) {
            return invalid("Send productCode, accountReference, amount, termMonths and creditReportConsent.");
        }
        Optional<BigDecimal> amount = amount(body.amount());
        if (amount.isEmpty()) {
            return invalid("amount must be a decimal number such as \"11300.00\".");
        }
        Optional<String> customer = caller.customerFor(body.customerId());
        if (customer.isEmpty()) {
            return Problem.response(400, "no-customer", "Which customer?", "A customer applies for herself; staff name the customer in customerId.");
        }
        if (body.accountReference().length() > 32 || body.productCode().length() > 32) {
            return invalid("accountReference and productCode are up to 32 characters each.");
        }
        Instant occurredAt = Instant.now();
        if (body.occurredAt() != null) {
            try {
                occurredAt = Instant.parse(body.occurredAt());
            } catch (DateTimeParseException e) {
                return invalid("occurredAt must be an instant like 2019-12-18T12:31:05Z");
            }
            if (!caller.mayActAt(occurredAt)) {
                return Problem.response(403, "replay-not-allowed", "Forbidden", "Only compliance officers and admins may replay an event at another time.");
            }
        }
        ApplicationResult result = applications.apply(new LoanApplications.Request(customer.get(), body.accountReference().strip(),
                body.productCode().strip(), amount.get(), body.termMonths(), Boolean.TRUE.equals(body.creditReportConsent()),
                caller.customer() ? "MOBILE" : "BACK_OFFICE", caller.via(), occurredAt));
        return answer(result, 201);
    }

    @GET
    public Response mine() {
        if (!caller.customer()) {
            return Problem.response(400, "customers-only", "Customers only", "Staff find applications in the back office queue.");
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        applications.ofCustomer(caller.readScope().orElseThrow()).forEach(a -> list.add(Json.createObjectBuilder()
                .add("reference", a.reference()).add("status", a.status()).add("summary", a.termsSummary())));
        return Response.ok(list.build().toString()).build();
    }

    @GET
    @Path("{reference}")
    public Response one(@PathParam("reference") String reference, @QueryParam("purpose") String purpose) {
        Optional<ApplicationView> view = caller.customer()
                ? applications.view(reference, caller.readScope())
                : applications.viewForStaff(reference, caller.name(), purpose);
        return view.map(v -> Response.ok(LendingJson.application(v)).build()).orElseGet(LoanApplicationsResource::notFound);
    }

    /**
     * New amount or term while the application is on offer; any code already sent stops confirming. The customer or the
     * back office only: compliance replays and reviews lending, it does not change a customer's offer (segregation of
     * duties; found by reliability R4).
     */
    @PUT
    @Path("{reference}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CUSTOMER", "BACK_OFFICE"})
    public Response amend(@PathParam("reference") String reference, TermsRequest body) {
        Optional<BigDecimal> amount = body == null ? Optional.empty() : amount(body.amount());
        if (amount.isEmpty() || body.termMonths() == null) {
            return invalid("Send amount (a decimal such as \"12000.00\") and termMonths.");
        }
        return answer(applications.amend(reference, caller.readScope(), amount.get(), body.termMonths()), 200);
    }

    @POST
    @Path("{reference}/signing-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CUSTOMER")
    public Response sendCode(@PathParam("reference") String reference, CodeRequest body) {
        if (body == null || blank(body.phoneNumber()) || !body.phoneNumber().strip().matches("\\+?[0-9]{6,20}")) {
            return invalid("phoneNumber is required: the customer's own mobile number, digits with an optional leading +.");
        }
        SigningStep step = applications.sendCode(reference, caller.readScope(), body.phoneNumber().strip());
        if (step instanceof SigningStep.CodeSent sent) {
            return Response.status(201).entity(Json.createObjectBuilder().add("sentTo", sent.maskedPhone())
                    .add("expiresAt", sent.expiresAt().toString()).add("termsHash", sent.termsHash()).build().toString()).build();
        }
        return notSigned(step);
    }

    /**
     * Signs: the code confirms the current terms, then identity's step-up checks the applicant and the phone
     * the code went to, with the confirmed terms hash sealed into its evidence.
     */
    @POST
    @Path("{reference}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CUSTOMER")
    public Response sign(@PathParam("reference") String reference, SignatureRequest body) {
        if (body == null || blank(body.code())) {
            return invalid("Send the code from the SMS and the applicant (name, ID number, phone).");
        }
        Optional<Response> bad = CrossVerification.invalidApplicant(body.applicant());
        if (bad.isPresent()) {
            return bad.get();
        }
        String customer = caller.readScope().orElseThrow();
        SigningStep step = applications.confirm(reference, caller.readScope(), body.code().strip(), body.applicant().phoneNumber());
        if (!(step instanceof SigningStep.Confirmed confirmed)) {
            return notSigned(step);
        }
        CrossVerification.Attempted attempted = crossVerification.decide(Purpose.LOAN_SIGNING, "MOBILE", null, customer, reference,
                Instant.now(), body.applicant(), new VerificationRequest.ChannelFactors(true, body.paymentPasswordMatched(), null),
                confirmed.termsHash());
        if (attempted.refusal().isPresent()) {
            return attempted.refusal().get();
        }
        DecisionRecord record = attempted.record();
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        record.outcome().explanation().forEach(reasons::add);
        return Response.accepted(Json.createObjectBuilder()
                .add("termsHash", confirmed.termsHash())
                .add("stepUp", Json.createObjectBuilder().add("decisionId", record.decisionId().toString())
                        .add("outcome", record.outcome().verdict()).add("reasons", reasons)
                        .add("evidencePackageId", record.evidencePackageId().toString()))
                .add("next", "APPROVED".equals(record.outcome().verdict())
                        ? "The loan is being set up; GET this application for its loanReference."
                        : "The loan cannot be signed this way; visit a branch with your ID card.")
                .build().toString()).build();
    }

    private static Response answer(ApplicationResult result, int created) {
        if (result instanceof ApplicationResult.Decided decided) {
            return Response.status(created).entity(LendingJson.application(decided.application())).build();
        }
        if (result instanceof ApplicationResult.Invalid invalid) {
            return invalid(invalid.problem());
        }
        if (result instanceof ApplicationResult.Conflict conflict) {
            return Problem.response(409, "application-conflict", "Not possible now", conflict.problem());
        }
        return notFound();
    }

    private static Response notSigned(SigningStep step) {
        if (step instanceof SigningStep.Rejected rejected) {
            return Problem.response(422, "not-confirmed", "Not confirmed", rejected.reason());
        }
        return notFound();
    }

    static Optional<BigDecimal> amount(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,13}(\\.[0-9]{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.strip()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Response notFound() {
        return Problem.response(404, "not-found", "Not Found", "No application of yours has this reference.");
    }

    private static Response invalid(String detail) {
        return Problem.response(400, "invalid-loan-application", "Invalid loan application", detail);
    }
}
