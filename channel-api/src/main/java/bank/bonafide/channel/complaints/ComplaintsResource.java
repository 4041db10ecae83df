package bank.bonafide.channel.complaints;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** A customer files and reads their own complaints; the customer is the token's {@code customer_id}. */
@Path("complaints")
@RequestScoped
@RolesAllowed("CUSTOMER")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @Inject
    Caller caller;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(ComplaintRequest request) {
        Optional<String> customerId = caller.customerFor(null);
        if (customerId.isEmpty()) {
            return Problem.response(403, "no-customer", "Not a customer login",
                    "This login is not linked to a customer record.");
        }
        if (request == null) {
            return invalid("Send the complaint as a JSON body.");
        }
        DisputeCategory category = parse(DisputeCategory.class, request.category());
        DisputedItem.Kind kind = parse(DisputedItem.Kind.class, request.itemKind());
        if (category == null) {
            return invalid("category must be one of " + Arrays.toString(DisputeCategory.values()));
        }
        if (kind == null || request.itemReference() == null || request.itemReference().isBlank()) {
            return invalid("itemKind must be one of " + Arrays.toString(DisputedItem.Kind.values())
                    + " and itemReference the bank's reference of that item");
        }
        if (request.itemReference().length() > 64) {
            return invalid("itemReference is longer than 64 characters");
        }
        FilingResult result = intake.file(customerId.get(), category,
                new DisputedItem(kind, request.itemReference().strip()), request.description(),
                "customer:" + caller.name());
        // FilingResult is sealed: Filed or Rejected.
        if (result instanceof FilingResult.Filed filed) {
            return Response.created(uri.getAbsolutePathBuilder().path(filed.reference()).build())
                    .entity(Map.of("reference", filed.reference(), "deadline", filed.deadline().toString()))
                    .build();
        }
        return invalid(((FilingResult.Rejected) result).reason());
    }

    /** 404 for someone else's complaint too: a customer cannot probe which references exist. */
    @GET
    @Path("{reference}")
    public Response one(@PathParam("reference") String reference) {
        Optional<String> customerId = caller.customerFor(null);
        Optional<ComplaintView> found = complaints.byReference(reference)
                .filter(c -> customerId.isPresent() && c.customerId().equals(customerId.get()));
        return found.map(c -> Response.ok(c).build())
                .orElseGet(() -> Problem.response(404, "not-found", "Not Found", "No complaint of yours has this reference."));
    }

    private static Response invalid(String detail) {
        return Problem.response(400, "invalid-complaint", "Invalid complaint", detail);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
