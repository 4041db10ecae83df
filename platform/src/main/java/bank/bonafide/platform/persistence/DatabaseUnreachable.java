package bank.bonafide.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a failure to reach the database (stopped, restarting, network, no connection left in the pool) from a fault
 * of the request or the code. The first is answered 503 with {@code Retry-After}: trying again later will work, and
 * nothing already accepted was lost (it was committed or never announced). The second stays a 500 with an incident.
 *
 * <p>Recognised anywhere in the cause chain: an {@link SQLException} of SQL state class {@code 08} (the standard's
 * "connection exception", which mysql-connector-j, MariaDB's driver and H2 all use), the JDBC connection exception
 * types, the wrappers that Hibernate and Payara's pool put around them, and an {@link XAException}: the application
 * has one non-XA datasource, so the only resource a transaction can fail to complete on is the database (Payara
 * reports a connection lost at commit that way, with the driver's exception only in the message).
 */
public final class DatabaseUnreachable {

    /** Seconds a caller is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    // By name: these live in Hibernate, the driver and Payara, which not every module that asks has on its class path.
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    private DatabaseUnreachable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof XAException || CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
