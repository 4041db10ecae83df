package bank.bonafide.channel.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * An RFC 9457 problem detail. {@code detail} is written for the person using the app and never carries
 * exception messages or stack traces.
 */
public record Problem(URI type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String slug, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(URI.create("https://bonafide.bank/problems/" + slug), title, status, detail))
                .build();
    }
}
