package bank.bonafide.channel.complaints;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.complaints.complaint.boundary.ComplaintAttachments;
import bank.bonafide.complaints.complaint.boundary.ComplaintForm;
import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.boundary.ComplaintIntake;
import bank.bonafide.complaints.complaint.boundary.HandlingResult;
import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.complaints.complaint.control.ComplaintRules;
import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.FilingResult;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Optional;

/** A customer files and reads their own complaints; the customer is the token's {@code customer_id}. */
@Path("complaints")
@ApplicationScoped
@RolesAllowed("CUSTOMER")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @Inject
    Caller caller;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries complaints;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintAttachments attachments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(ComplaintRequest request, @Context UriInfo uri) {
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
        FilingResult result = intake.file(new ComplaintForm(customerId.get(), category,
                new DisputedItem(kind, request.itemReference().strip()), request.description(), Complaint.Channel.APP,
                List.of()), "customer:" + caller.name());
        // FilingResult is sealed: Filed or Rejected.
        if (result instanceof FilingResult.Filed filed) {
            return Response.created(uri.getAbsolutePathBuilder().path(filed.reference()).build())
                    .entity(Map.of("reference", filed.reference(), "deadline", filed.deadline().toString(),
                            "ownerDepartment", filed.ownerDepartment(), "ownerPerson", filed.ownerPerson()))
                    .build();
        }
        return invalid(((FilingResult.Rejected) result).reason());
    }

    /** The caller's own complaints, newest first. */
    @GET
    public Response mine() {
        Optional<String> customerId = caller.customerFor(null);
        return Response.ok(customerId.map(id -> complaints.ofCustomer(id, 100)).orElse(List.of())).build();
    }

    /** Where else a customer can complain, as the bank publishes it (CN-15). */
    @GET
    @Path("channels")
    public Response channels() {
        return Response.ok(ComplaintRules.channels(RulePackLibrary.inForce(Instant.now()))).build();
    }

    /**
     * The case as its customer reads it: timeline, messages, files, decision. 404 for someone else's
     * complaint too: a customer cannot probe which references exist.
     */
    @GET
    @Path("{reference}")
    public Response one(@PathParam("reference") String reference) {
        return caller.customerFor(null).flatMap(id -> complaints.caseForCustomer(reference, id))
                .map(c -> Response.ok(c).build())
                .orElseGet(ComplaintsResource::notFound);
    }

    /** A message to the handler; a case waiting on the customer goes back to the bank. */
    @POST
    @Path("{reference}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("reference") String reference, MessageRequest request) {
        Optional<String> customerId = caller.customerFor(null);
        if (customerId.isEmpty()) {
            return notFound();
        }
        HandlingResult result = handling.customerReply(reference, customerId.get(), request == null ? null : request.text(),
                "customer:" + caller.name());
        return handled(result, reference, customerId.get(), 201);
    }

    /**
     * A file for the case, sent as the request body with its name in {@code fileName}: a PDF, PNG or JPEG of
     * at most 5 MB. A refused file (413 too large, 415 wrong type) changes nothing on the case.
     */
    @POST
    @Path("{reference}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("reference") String reference, @QueryParam("fileName") String fileName,
                           InputStream body) throws IOException {
        Optional<String> customerId = caller.customerFor(null);
        if (customerId.isEmpty()) {
            return notFound();
        }
        if (fileName == null || fileName.isBlank()) {
            return Problem.response(400, "invalid-attachment", "Invalid attachment", "Name the file in the fileName query parameter.");
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        if (bytes.length > AttachmentPolicy.MAX_BYTES) {
            // Read on (and discard) a moderately large rest so the app gets the 413 rather than a reset
            // connection; beyond DRAIN_BYTES the connection is simply closed on the sender.
            drain(body);
        }
        StringBuilder refusal = new StringBuilder();
        if (AttachmentPolicy.check(fileName, bytes, refusal).isEmpty()) {
            // readNBytes stops one byte past the limit: enough to know a file is too large without reading it all.
            return bytes.length > AttachmentPolicy.MAX_BYTES
                    ? Problem.response(413, "attachment-too-large", "Attachment too large", refusal.toString())
                    : Problem.response(415, "attachment-type", "Attachment not accepted", refusal.toString());
        }
        HandlingResult result = attachments.attach(reference, customerId.get(), new ComplaintForm.Upload(fileName, bytes),
                "customer:" + caller.name());
        return handled(result, reference, customerId.get(), 201);
    }

    /** One of the caller's own files, always as a download. */
    @GET
    @Path("{reference}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("reference") String reference, @PathParam("id") String id) {
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        return caller.customerFor(null).flatMap(c -> attachments.openForCustomer(reference, attachmentId, c))
                .map(f -> Response.ok(f.bytes(), f.mediaType())
                        .header("Content-Disposition", f.contentDisposition())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseGet(ComplaintsResource::notFound);
    }

    /** How much of an oversized upload is read and discarded before answering 413. */
    private static final long DRAIN_BYTES = 16L * 1024 * 1024;

    private static void drain(InputStream body) throws IOException {
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (read < DRAIN_BYTES && (n = body.read(buffer, 0, (int) Math.min(buffer.length, DRAIN_BYTES - read))) > 0) {
            read += n;
        }
    }

    private Response handled(HandlingResult result, String reference, String customerId, int status) {
        // HandlingResult is sealed: Done, Refused or NotFound.
        if (result instanceof HandlingResult.Done) {
            return Response.status(status).entity(complaints.caseForCustomer(reference, customerId).orElseThrow()).build();
        }
        if (result instanceof HandlingResult.Refused refused) {
            return Problem.response(409, "refused", "Not accepted", refused.reason());
        }
        return notFound();
    }

    private static Response notFound() {
        return Problem.response(404, "not-found", "Not Found", "No complaint of yours has this reference.");
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
