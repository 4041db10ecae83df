package bank.bonafide.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a history of complaints into the application's own table with {@code scripts/sql/complaint-history.sql}, the
 * generator the case-register measurement uses too (MariaDB's SEQUENCE engine; MySQL 8 has none).
 */
public final class ComplaintHistory {

    private static final Path GENERATOR = Path.of("scripts/sql/complaint-history.sql");
    private static final int CHUNKS = 4;

    private ComplaintHistory() {
    }

    /** Adds {@code n} complaints spread over the three years before now, then refreshes the optimizer's statistics. */
    public static void load(Bench bench, long n) {
        try (Connection c = bench.connect();
             Statement s = c.createStatement()) {
            String template = Files.readString(GENERATOR);
            long chunk = (n + CHUNKS - 1) / CHUNKS;
            for (long first = 1; first <= n; first += chunk) {
                long last = Math.min(n, first + chunk - 1);
                String sql = template.replace("${N}", String.valueOf(n)).replace("${FIRST}", String.valueOf(first))
                        .replace("${LAST}", String.valueOf(last)).replace("${CUSTOMERS}", String.valueOf(Math.max(1, n / 5)))
                        .replace("${WIDTH}", String.valueOf(Math.max(7, String.valueOf(n).length())));
                for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            s.execute("ANALYZE TABLE complaints_complaint");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot load the complaint history: " + e.getMessage(), e);
        }
    }
}
