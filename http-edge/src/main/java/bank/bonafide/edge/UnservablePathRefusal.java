package bank.bonafide.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.util.FastHttpDateFormat;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Answers a request whose path the web container would refuse with a bare 400 (see {@link UnservablePath}) with a 400
 * {@code application/problem+json} naming the reason, then closes the connection; passes every other request on.
 *
 * <p>Closing rather than keeping the connection alive: the refused request may still be sending a body, and reading it
 * here only to throw it away would be a second HTTP parser. The client loses nothing it could have used.
 */
public final class UnservablePathRefusal extends BaseFilter {

    /** Set on a connection once its request was refused here; it closes as soon as the answer is written. */
    private static final Attribute<Boolean> REFUSED =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(UnservablePathRefusal.class.getName() + ".refused");

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        if (REFUSED.isSet(ctx.getConnection())) {
            // The rest of a request refused below: its connection is closing, nothing more goes to the container.
            content.recycle();
            return ctx.getStopAction();
        }
        Optional<String> why = UnservablePath.why(request.getRequestURI());
        if (why.isEmpty()) {
            return ctx.getInvokeAction();
        }
        REFUSED.set(ctx.getConnection(), Boolean.TRUE);
        refuse(ctx, request.getResponse(), why.get());
        content.recycle();
        return ctx.getStopAction();
    }

    private static void refuse(FilterChainContext ctx, HttpResponsePacket response, String detail) {
        byte[] body = problem(detail).getBytes(StandardCharsets.UTF_8);
        HttpStatus.BAD_REQUEST_400.setValues(response);
        response.setContentLength(body.length);
        // Written as headers, not through setContentType: for a request asking to upgrade (h2c, websocket) Grizzly
        // writes no Content-Type, Date or Connection of its own, and the refusal must look the same either way.
        MimeHeaders headers = response.getHeaders();
        headers.setValue(Header.ContentType).setString("application/problem+json");
        headers.setValue(Header.Date).setString(FastHttpDateFormat.getCurrentDate());
        headers.setValue(Header.Connection).setString("close");
        headers.setValue(Header.CacheControl).setString("no-store");
        headers.setValue("X-Content-Type-Options").setString("nosniff");
        response.getProcessingState().setKeepAlive(false);
        HttpContent answer = response.httpContentBuilder()
                .content(Buffers.wrap(ctx.getMemoryManager(), body))
                .last(true)
                .build();
        Connection<?> connection = ctx.getConnection();
        ctx.write(answer, new EmptyCompletionHandler<WriteResult>() {
            @Override
            public void completed(WriteResult result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable cause) {
                connection.closeSilently();
            }
        });
    }

    /** The detail is one of {@link UnservablePath}'s fixed sentences: nothing from the request is quoted. */
    static String problem(String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
