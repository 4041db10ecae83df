package bank.bonafide.platform.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * This server process as the others sharing its database know it: domain, host and a boot id, for example
 * {@code domain1@bank-app-1/3f9c2a}. The boot id changes on every start, so a restarted server never mistakes the
 * claims its previous life left behind for its own.
 */
public final class ServerInstance {

    private static final String NAME = compute();

    private ServerInstance() {
    }

    public static String name() {
        return NAME;
    }

    private static String compute() {
        String root = System.getProperty("com.sun.aas.instanceRoot");
        String domain = root == null ? "server" : String.valueOf(Path.of(root).getFileName());
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = domain + "@" + host + "/" + UUID.randomUUID().toString().substring(0, 6);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
