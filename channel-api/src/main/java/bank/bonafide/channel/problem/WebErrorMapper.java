package bank.bonafide.channel.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS errors (404, 405, 415, malformed bodies ...) as problem+json with the same status. */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request failed" : type.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request could not be read. Check that the body is valid JSON of the documented shape.";
            case 401 -> "Sign in first: this API needs a bearer token.";
            case 403 -> "Your login does not allow this.";
            case 404 -> "There is nothing here.";
            case 405 -> "This method is not allowed here.";
            case 406, 415 -> "Send and accept application/json.";
            default -> title;
        };
        return Problem.response(status, title.toLowerCase().replace(' ', '-'), title, detail);
    }
}
