package bank.bonafide.channel.lending;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.lending.loan.boundary.LoanDetail;
import bank.bonafide.lending.loan.boundary.RepaymentResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A customer's loans: schedule, repayments, history; repaying what is due, or principal early. */
@Path("loans")
@ApplicationScoped
@RolesAllowed({"CUSTOMER", "BACK_OFFICE", "COMPLIANCE_OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class LoansResource {

    /**
     * @param kind      INSTALMENT (towards what is due) or EARLY (principal ahead of time)
     * @param amount    for INSTALMENT: how much
     * @param principal for EARLY: how much principal; absent to repay all of it
     */
    public record RepaymentRequest(String kind, String amount, String principal) {
    }

    @Inject
    LoanBook loans;

    @Inject
    Caller caller;

    @GET
    @Path("{reference}")
    public Response one(@PathParam("reference") String reference, @QueryParam("purpose") String purpose) {
        Optional<LoanDetail> detail = caller.customer() ? loans.detail(reference, caller.readScope())
                : loans.detailForStaff(reference, caller.name(), purpose);
        return detail.map(d -> Response.ok(LendingJson.loan(d)).build()).orElseGet(LoansResource::notFound);
    }

    @POST
    @Path("{reference}/repayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CUSTOMER", "BACK_OFFICE"})
    public Response repay(@PathParam("reference") String reference, RepaymentRequest body) {
        if (body == null || !("INSTALMENT".equals(body.kind()) || "EARLY".equals(body.kind()))) {
            return invalid("kind must be INSTALMENT (with amount) or EARLY (with principal, or without to repay everything).");
        }
        RepaymentResult result;
        if ("INSTALMENT".equals(body.kind())) {
            Optional<BigDecimal> amount = LoanApplicationsResource.amount(body.amount());
            if (amount.isEmpty()) {
                return invalid("amount must be a decimal number such as \"964.00\".");
            }
            result = loans.repay(reference, caller.readScope(), amount.get(), caller.via(), Instant.now());
        } else {
            Optional<BigDecimal> principal = body.principal() == null ? Optional.empty() : LoanApplicationsResource.amount(body.principal());
            if (body.principal() != null && principal.isEmpty()) {
                return invalid("principal must be a decimal number such as \"3000.00\", or left out to repay everything.");
            }
            result = loans.repayEarly(reference, caller.readScope(), principal.orElse(null), caller.via(), Instant.now());
        }
        if (result instanceof RepaymentResult.Booked booked) {
            return Response.status(201).entity(Json.createObjectBuilder().add("booked", LendingJson.money(booked.amount()))
                    .add("kind", booked.kind()).add("loan", Json.createReader(new java.io.StringReader(LendingJson.loan(booked.detail())))
                            .readObject()).build().toString()).build();
        }
        if (result instanceof RepaymentResult.Refused refused) {
            return Problem.response(422, "repayment-refused", "Not booked", refused.reason());
        }
        return notFound();
    }

    private static Response notFound() {
        return Problem.response(404, "not-found", "Not Found", "No loan of yours has this reference.");
    }

    private static Response invalid(String detail) {
        return Problem.response(400, "invalid-repayment", "Invalid repayment", detail);
    }
}
