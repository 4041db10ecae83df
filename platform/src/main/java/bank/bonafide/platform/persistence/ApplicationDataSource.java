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

    private ApplicationDataSource() {
    }

    public static DataSource lookup() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("datasource " + JNDI_NAME + " is not bound: is the EAR deployed "
                    + "with its glassfish-resources.xml?", e);
        }
    }
}
