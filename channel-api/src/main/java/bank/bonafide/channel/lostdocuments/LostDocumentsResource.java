package bank.bonafide.channel.lostdocuments;

import bank.bonafide.channel.Caller;
import bank.bonafide.channel.problem.Problem;
import bank.bonafide.identity.lostdocument.boundary.LostDocuments;
import bank.bonafide.identity.lostdocument.entity.LostDocumentReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * "My ID card is lost": from this moment any opening or step-up with the document is refused. A customer
 * reports their own; back-office staff report for a customer who calls or comes in, naming them.
 */
@Path("lost-documents")
@ApplicationScoped
@RolesAllowed({"CUSTOMER", "BACK_OFFICE"})
@Produces(MediaType.APPLICATION_JSON)
public class LostDocumentsResource {

    /** What a lost-document report carries; {@code customerId} only when staff report for a customer. */
    public record LostDocumentRequest(String documentNumber, String customerId) {
    }

    @Inject
    Caller caller;

    @Inject
    LostDocuments lostDocuments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(LostDocumentRequest body) {
        if (body == null || body.documentNumber() == null || !body.documentNumber().strip().matches("[0-9A-Za-z ]{6,32}")) {
            return Problem.response(400, "invalid-lost-document", "Invalid report",
                    "documentNumber is required: the ID document's number, 6 to 32 letters or digits.");
        }
        Optional<String> customerId = caller.customerFor(body.customerId());
        if (customerId.isEmpty()) {
            return Problem.response(400, "no-customer", "Which customer?",
                    "A customer login reports for itself; staff name the customer in customerId.");
        }
        LostDocumentReport report = lostDocuments.report(customerId.get(), body.documentNumber().strip(), caller.via());
        return Response.status(201).entity(Json.createObjectBuilder()
                .add("reportId", report.id().toString())
                .add("document", report.maskedDocument())
                .add("reportedAt", report.reportedAt().toString())
                .add("effect", "From now on no account opening or loan signing with this document is accepted.")
                .build().toString()).build();
    }
}
