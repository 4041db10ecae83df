package bank.bonafide.platform.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link MariaDBDialect} with the real server version when mysql-connector-j talks to MariaDB.
 *
 * <p>Why: Connector/J reports MariaDB as product "MySQL" version {@code 5.5.5-10.11.x-MariaDB}, so the
 * standard resolver chooses a MySQL 5.5 dialect below Hibernate's minimum. For every other database
 * (MySQL 8, H2) this returns null and Hibernate's standard resolution applies unchanged.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+).*MariaDB.*");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        DatabaseVersion version = mariaDbVersion(info.getDatabaseName(), info.getDatabaseVersion());
        return version == null ? null : new MariaDBDialect(version);
    }

    /** The MariaDB version hidden in a MySQL product/version pair, or null when it is not MariaDB. */
    static DatabaseVersion mariaDbVersion(String productName, String productVersion) {
        if (productName == null || productVersion == null) {
            return null;
        }
        if (!productName.equalsIgnoreCase("MySQL") && !productName.equalsIgnoreCase("MariaDB")) {
            return null;
        }
        Matcher m = MARIADB_VERSION.matcher(productVersion);
        if (!m.matches()) {
            return null;
        }
        return DatabaseVersion.make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }
}
