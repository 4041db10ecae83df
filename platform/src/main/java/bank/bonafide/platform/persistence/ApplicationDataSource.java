package bank.bonafide.platform.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The one datasource of the EAR, defined in the EAR's {@code glassfish-resources.xml} from environment
 * variables. All modules share it so that a module's writes and its outbox row commit in one local
 * transaction; each module still owns its own tables.
 */
public final class ApplicationDataSource {

    /** JNDI name every persistence unit and the outbox use. */
    public static final String JNDI_NAME = "java:app/jdbc/bonafide";

    /** Looked up once per deployment (this class lives in the EAR's class loader): a JNDI lookup per statement cost 5% of intake. */
    private static volatile DataSource bound;

    private ApplicationDataSource() {
    }

    public static DataSource lookup() {
        DataSource found = bound;
        if (found != null) {
            return found;
        }
        try {
            found = InitialContext.doLookup(JNDI_NAME);
            bound = found;
            return found;
        } catch (NamingException e) {
            throw new IllegalStateException("datasource " + JNDI_NAME + " is not bound: is the EAR deployed "
                    + "with its glassfish-resources.xml?", e);
        }
    }
}
