package bank.bonafide.platform.persistence;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Counts the statements each thread sends to the database, so that tests can hold pages and endpoints to a fixed
 * number of queries whatever the data (no N+1): Hibernate's and plain JDBC statements alike, because they all pass
 * the driver. Not counted is the driver's session bookkeeping ({@code SET autocommit}, isolation, {@code COMMIT},
 * {@code ROLLBACK}), which it sends without a statement of the application's: how much of it a request causes
 * depends on the state of the pooled connection it happens to get, not on the data, and counting it made the same
 * request differ by four between two calls.
 *
 * <p>Installed only where the database URL names it, as the system tests' does:
 * {@code jdbc:mysql://...&queryInterceptors=bank.bonafide.platform.persistence.StatementCount}. Without it nothing is
 * counted and {@link #installed()} stays false, so production pays nothing.
 */
public final class StatementCount implements QueryInterceptor {

    private static final ThreadLocal<int[]> SENT = ThreadLocal.withInitial(() -> new int[1]);
    private static volatile boolean installed;

    /** Whether the driver has loaded this interceptor on any connection. */
    public static boolean installed() {
        return installed;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        SENT.get()[0] = 0;
    }

    /** Statements this thread sent since its last {@link #reset()}. */
    public static int sent() {
        return SENT.get()[0];
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        installed = true;
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        if (interceptedQuery != null) {
            SENT.get()[0]++;
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
        // nothing held
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                               ServerSession serverSession) {
        return null;
    }
}
