package bank.bonafide.channel.operations;

import bank.bonafide.channel.Caller;
import bank.bonafide.identity.evidence.boundary.ChainVerification;
import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.platform.persistence.ApplicationDataSource;
import bank.bonafide.platform.seal.AuditSeals;
import bank.bonafide.platform.seal.SealCheck;
import bank.bonafide.platform.seal.SealedTable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * Verifies every seal the bank keeps, now: the evidence package chain and the chain of each audit and ledger table
 * (complaint timelines, staff reads, evidence reads, loan histories, the fund ledger). For compliance officers and
 * admins, and for an auditor's request. Each part says intact or names the first record that does not fit; the
 * answer is 200 either way (a broken seal is a finding, not an error of the request).
 */
@Path("operations/seal-verification")
@ApplicationScoped
@RolesAllowed({"COMPLIANCE_OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class SealVerificationResource {

    private static final Logger LOG = Logger.getLogger(SealVerificationResource.class.getName());

    @Inject
    Caller caller;

    @Inject
    EvidenceBook evidence;

    @GET
    public Response verify() {
        boolean intact = true;
        JsonArrayBuilder chains = Json.createArrayBuilder();
        ChainVerification packages = evidence.verify();
        intact &= packages.intact();
        chains.add(part("identity_evidence_package", packages.intact(), packages.packagesChecked(), 0, packages.firstBrokenPosition(),
                null, packages.problem()));
        for (SealedTable table : AuditSeals.registered()) {
            SealCheck check = AuditSeals.verify(ApplicationDataSource.lookup(), table);
            intact &= check.intact();
            chains.add(part(check.table(), check.intact(), check.sealedRows(), check.pendingRows(), check.brokenPosition(),
                    check.brokenRecord(), check.problem()));
        }
        boolean all = intact;
        LOG.info(() -> "seal verification by " + caller.via() + ": " + (all ? "all intact" : "BROKEN"));
        return Response.ok(Json.createObjectBuilder().add("intact", all).add("chains", chains).build().toString()).build();
    }

    private static JsonObjectBuilder part(String table, boolean intact, long rows, long pending, Long position, String record, String problem) {
        JsonObjectBuilder part = Json.createObjectBuilder().add("table", table).add("intact", intact).add("sealedRecords", rows)
                .add("pendingRecords", pending);
        if (!intact) {
            part.add("firstBrokenPosition", position == null ? 0 : position);
            if (record != null) {
                part.add("firstBrokenRecord", record);
            }
            part.add("problem", problem == null ? "broken" : problem);
        }
        return part;
    }
}
