package bank.bonafide.edge;

import java.util.logging.Logger;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Puts {@link UnservablePathRefusal} into a listener's filter chain right before Grizzly's HTTP server filter (the one
 * that hands the request to the web container), after the codec has parsed the request line.
 *
 * <p>Registered with HK2 as the {@code AddOn} named {@code comet}, ranked above Payara's own Comet provider
 * ({@code META-INF/hk2-locator/default}): Payara looks add-ons up by name, and Comet is the one Bonafide has no use
 * for. The listener asks for it when its {@code http} element says {@code comet-support-enabled="true"}.
 */
public final class UnservablePathAddOn implements AddOn {

    private static final Logger LOG = Logger.getLogger(UnservablePathAddOn.class.getName());

    @Override
    public void setup(NetworkListener networkListener, FilterChainBuilder builder) {
        int server = builder.indexOfType(HttpServerFilter.class);
        if (server < 0) {
            throw new IllegalStateException("no HTTP server filter in the chain: the unservable-path refusal has nowhere to go");
        }
        builder.add(server, new UnservablePathRefusal());
        // Said once per listener at start, so an operator reading server.log sees the edge is in place (without the
        // jar the same setting loads Payara's real Comet add-on and says nothing). Payara passes no NetworkListener
        // (GenericGrizzlyListener.configureHttpProtocol calls setup(null, builder)), so the line cannot name it.
        LOG.info("http-edge in a listener's filter chain: request paths the web container refuses without a body get 400 problem+json");
    }
}
