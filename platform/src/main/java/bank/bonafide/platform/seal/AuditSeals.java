package bank.bonafide.platform.seal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seals the rows of {@link SealedTable}s in one chain per table and verifies the chains.
 *
 * <p>Invariants: position n (1, 2, ...) has {@code previous_seal} = the seal of position n-1 (a fixed genesis value
 * for 1) and {@code seal} = HMAC(key, table, position, previous seal, id and content columns); {@code
 * platform_seal_head} holds the last position and seal, itself sealed. Only the sealer, holding the head's row lock,
 * writes positions, so two servers sealing at once make one chain.
 */
public final class AuditSeals {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 500;
    private static final long BUDGET_NANOS = 4_000_000_000L;
    private static final Logger LOG = Logger.getLogger(AuditSeals.class.getName());
    private static final Map<String, SealedTable> REGISTERED = new ConcurrentSkipListMap<>();
    private static volatile boolean warnedNoKey;

    private AuditSeals() {
    }

    /** Called by each module when it starts, for the tables it owns. */
    public static void register(SealedTable... tables) {
        for (SealedTable t : tables) {
            REGISTERED.put(t.table(), t);
        }
    }

    public static Collection<SealedTable> registered() {
        return List.copyOf(REGISTERED.values());
    }

    /**
     * Seals what was written since the last run, batch after batch, for at most a few seconds (a module's timer calls
     * it again). Without a configured key nothing is sealed and the verifier says so.
     */
    public static void sealPending(DataSource dataSource, SealedTable... tables) {
        sealPending(dataSource, SealKey.configured(), tables);
    }

    static void sealPending(DataSource dataSource, Optional<SealKey> key, SealedTable... tables) {
        if (key.isEmpty()) {
            if (!warnedNoKey) {
                warnedNoKey = true;
                LOG.warning("no audit seal key (bonafide.seal.key): audit and ledger rows are not being sealed");
            }
            return;
        }
        long start = System.nanoTime();
        for (SealedTable table : tables) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    while (sealBatch(c, table, key.get()) == BATCH && System.nanoTime() - start < BUDGET_NANOS) {
                        // go on with the next batch
                    }
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                // The next run tries again; nothing half-sealed was committed.
                LOG.warning("sealing " + table.table() + " postponed: " + e.getClass().getSimpleName() + " " + e.getSQLState());
            }
        }
    }

    /** One batch in one transaction; the number of rows sealed. */
    private static int sealBatch(Connection c, SealedTable table, SealKey key) throws SQLException {
        Head head = lockHead(c, table, key);
        List<String[]> pending = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + columns(table) + " FROM " + table.table()
                + " WHERE seal_position IS NULL ORDER BY " + table.idColumn() + " LIMIT " + BATCH)) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pending.add(row(rs, table));
                }
            }
        }
        if (pending.isEmpty()) {
            c.commit();
            return 0;
        }
        long position = head.position();
        String previous = head.seal();
        List<String[]> seals = new ArrayList<>();
        for (String[] row : pending) {
            position++;
            String seal = key.seal(content(table, position, previous, row));
            seals.add(new String[] {row[0], String.valueOf(position), previous, seal});
            previous = seal;
        }
        // One statement for the batch, not one per row: on two cores the sealer must not take intake's round trips.
        if (update(c, table, seals) != seals.size()) {
            // Another sealer got there first (it cannot while this one holds the head): start over next run.
            c.rollback();
            return 0;
        }
        try (PreparedStatement h = c.prepareStatement("UPDATE platform_seal_head SET last_position = ?, last_seal = ?, head_seal = ? WHERE table_name = ?")) {
            h.setLong(1, position);
            h.setString(2, previous);
            h.setString(3, headSeal(key, table.table(), position, previous));
            h.setString(4, table.table());
            h.executeUpdate();
        }
        c.commit();
        return pending.size();
    }

    /**
     * Walks the table's chain from position 1 and its head; the first record that does not fit is named. Reads in pages
     * by position, so a table of millions of rows is checked in bounded memory.
     */
    public static SealCheck verify(DataSource dataSource, SealedTable table) {
        return verify(dataSource, SealKey.configured(), table);
    }

    static SealCheck verify(DataSource dataSource, Optional<SealKey> configured, SealedTable table) {
        try (Connection c = dataSource.getConnection()) {
            long pending = count(c, "SELECT COUNT(*) FROM " + table.table() + " WHERE seal_position IS NULL");
            if (configured.isEmpty()) {
                return SealCheck.broken(table.table(), 0, pending, 0, null, "no seal key is configured (bonafide.seal.key): nothing can be verified");
            }
            SealKey key = configured.get();
            long expected = 1;
            String previous = GENESIS;
            while (true) {
                int read = 0;
                try (PreparedStatement s = c.prepareStatement("SELECT seal_position, previous_seal, seal, " + columns(table) + " FROM "
                        + table.table() + " WHERE seal_position >= ? ORDER BY seal_position LIMIT 5000")) {
                    s.setLong(1, expected);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            read++;
                            long position = rs.getLong(1);
                            String[] row = new String[table.contentColumns().size() + 1];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = rs.getString(4 + i);
                            }
                            if (position != expected) {
                                return SealCheck.broken(table.table(), expected - 1, pending, expected, null,
                                        "the record at position " + expected + " is missing (deleted, or its seal removed)");
                            }
                            if (!previous.equals(rs.getString(2))) {
                                return SealCheck.broken(table.table(), expected - 1, pending, position, row[0],
                                        "its link to the record before does not match");
                            }
                            if (!key.seal(content(table, position, previous, row)).equals(rs.getString(3))) {
                                return SealCheck.broken(table.table(), expected - 1, pending, position, row[0],
                                        "its content does not match its seal (changed after it was sealed)");
                            }
                            previous = rs.getString(3);
                            expected++;
                        }
                    }
                }
                if (read < 5000) {
                    break;
                }
            }
            long last = expected - 1;
            try (PreparedStatement h = c.prepareStatement("SELECT last_position, last_seal, head_seal FROM platform_seal_head WHERE table_name = ?")) {
                h.setString(1, table.table());
                try (ResultSet rs = h.executeQuery()) {
                    boolean present = rs.next();
                    long headPosition = present ? rs.getLong(1) : 0;
                    String headSeal = present ? rs.getString(2) : GENESIS;
                    boolean headIntact = !present || headSeal(key, table.table(), headPosition, headSeal).equals(rs.getString(3));
                    if (!headIntact || headPosition != last || !headSeal.equals(previous)) {
                        return SealCheck.broken(table.table(), last, pending, Math.max(headPosition, last), null,
                                !headIntact ? "the chain's head was changed" : "the chain ends at position " + last + " but its head says "
                                        + headPosition + " (records removed from the end)");
                    }
                }
            }
            return SealCheck.intact(table.table(), last, pending);
        } catch (SQLException e) {
            throw new IllegalStateException("verifying " + table.table() + ": " + e.getMessage(), e);
        }
    }

    /** {@code UPDATE ... SET x = CASE id WHEN ? THEN ? ... END ... WHERE id IN (...)}: portable, one round trip. */
    private static int update(Connection c, SealedTable table, List<String[]> seals) throws SQLException {
        String id = table.idColumn();
        String cases = " WHEN ? THEN ?".repeat(seals.size());
        String sql = "UPDATE " + table.table() + " SET seal_position = CASE " + id + cases + " END, previous_seal = CASE " + id + cases
                + " END, seal = CASE " + id + cases + " END WHERE seal_position IS NULL AND " + id + " IN ("
                + String.join(", ", java.util.Collections.nCopies(seals.size(), "?")) + ")";
        try (PreparedStatement u = c.prepareStatement(sql)) {
            int i = 1;
            for (int column = 1; column <= 3; column++) {
                for (String[] s : seals) {
                    u.setString(i++, s[0]);
                    if (column == 1) {
                        u.setLong(i++, Long.parseLong(s[1]));
                    } else {
                        u.setString(i++, s[column]);
                    }
                }
            }
            for (String[] s : seals) {
                u.setString(i++, s[0]);
            }
            return u.executeUpdate();
        }
    }

    private record Head(long position, String seal) {
    }

    /** The table's head, locked for this transaction; created at position 0 the first time. */
    private static Head lockHead(Connection c, SealedTable table, SealKey key) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement s = c.prepareStatement("SELECT last_position, last_seal FROM platform_seal_head WHERE table_name = ? FOR UPDATE")) {
                s.setString(1, table.table());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return new Head(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO platform_seal_head (table_name, last_position, last_seal, head_seal) VALUES (?, 0, ?, ?)")) {
                i.setString(1, table.table());
                i.setString(2, GENESIS);
                i.setString(3, headSeal(key, table.table(), 0, GENESIS));
                i.executeUpdate();
            } catch (SQLException e) {
                // Another server created it at the same moment: read it again.
                c.rollback();
            }
        }
        throw new SQLException("no seal head for " + table.table());
    }

    private static String headSeal(SealKey key, String table, long position, String seal) {
        return key.seal("head\n" + table + "\n" + position + "\n" + seal);
    }

    private static String columns(SealedTable table) {
        return table.idColumn() + (table.contentColumns().isEmpty() ? "" : ", " + String.join(", ", table.contentColumns()));
    }

    private static String[] row(ResultSet rs, SealedTable table) throws SQLException {
        String[] row = new String[table.contentColumns().size() + 1];
        for (int i = 0; i < row.length; i++) {
            row[i] = rs.getString(1 + i);
        }
        return row;
    }

    /** What a seal covers: the table, the position, the link, the key and every content column, each length-prefixed. */
    static String content(SealedTable table, long position, String previous, String[] row) {
        StringBuilder s = new StringBuilder(table.table()).append('\n').append(position).append('\n').append(previous).append('\n');
        for (int i = 0; i < row.length; i++) {
            String name = i == 0 ? table.idColumn() : table.contentColumns().get(i - 1);
            s.append(name).append('=');
            s.append(row[i] == null ? "-" : row[i].length() + ":" + row[i]).append('\n');
        }
        return s.toString();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
