package bank.bonafide.channel.operations;

import bank.bonafide.channel.Caller;
import bank.bonafide.complaints.complaint.boundary.BreachEscalation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs the complaint clock sweep now instead of at its next ten-minute tick: for an administrator after an outage,
 * and for the benchmarks (P4). The sweep is the same one the timer runs and changes only what is due.
 */
@Path("operations/complaint-clock-sweep")
@ApplicationScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class ClockSweepResource {

    private static final Logger LOG = Logger.getLogger(ClockSweepResource.class.getName());

    @Inject
    Caller caller;

    @Inject
    BreachEscalation breaches;

    @POST
    public Response sweep() {
        int escalated = breaches.escalate(Instant.now());
        LOG.info(() -> "complaint clock sweep run by " + caller.via() + ": " + escalated + " case(s) escalated");
        return Response.ok(Map.of("escalated", escalated)).build();
    }
}
