package bank.bonafide.channel.problem;

import bank.bonafide.platform.persistence.DatabaseUnreachable;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: unreadable JSON becomes a 400, a refused EJB call a 403, the database out of reach a 503 with
 * {@code Retry-After} (nothing accepted before is lost, and the pool finds the database again by itself), and
 * anything unexpected a 500 problem with an incident id that is also in the server log (the cause stays in the log
 * only).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (causedBy(e, JsonbException.class)) {
            return Problem.response(400, "malformed-body", "Malformed request body",
                    "The body is not valid JSON of the documented shape.");
        }
        if (causedBy(e, EJBAccessException.class)) {
            return Problem.response(403, "forbidden", "Forbidden", "Your login does not allow this.");
        }
        if (DatabaseUnreachable.isCause(e)) {
            // One line, no stack trace: during an outage every request would write the same one.
            LOG.warning("database unreachable: answered 503 (" + e.getClass().getName() + ")");
            return Response.fromResponse(Problem.response(503, "temporarily-unavailable", "Temporarily unavailable",
                            "We cannot serve this right now; nothing you sent before was lost. Please try again in a moment."))
                    .header("Retry-After", DatabaseUnreachable.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + ": unexpected " + e.getClass().getName(), e);
        return Problem.response(500, "internal", "Internal error",
                "Something went wrong on our side; nothing you sent before was lost. Incident " + incident + ".");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
