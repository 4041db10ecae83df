package bank.bonafide.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * P2's baseline: the rows one complaint intake writes (the complaint, its first timeline entry, which is the intake's
 * audit record of who filed what when, and its outbox event), inserted by a plain JDBC loop, one transaction per
 * complaint, into copies of the application's tables with the same columns and indexes. The template is a complaint
 * the application itself filed, so the rows are the same size.
 */
public final class IntakeBaseline implements AutoCloseable {

    private static final List<String> TABLES = List.of("complaints_complaint", "complaints_timeline_entry", "platform_outbox_event");
    private final Bench bench;
    private final Map<String, Map<String, Object>> templates = new LinkedHashMap<>();

    public IntakeBaseline(Bench bench) {
        this.bench = bench;
    }

    /** Copies the tables and reads the rows the application wrote for {@code reference}. */
    public void prepare(String reference) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS bench_" + table);
                s.execute("CREATE TABLE bench_" + table + " LIKE " + table);
            }
            Map<String, Object> complaint = one(c, "SELECT * FROM complaints_complaint WHERE reference = ?", reference);
            templates.put("complaints_complaint", complaint);
            templates.put("complaints_timeline_entry", one(c, "SELECT * FROM complaints_timeline_entry WHERE complaint_id = ?",
                    complaint.get("id")));
            templates.put("platform_outbox_event", one(c,
                    "SELECT * FROM platform_outbox_event WHERE publisher = 'complaints' AND payload LIKE ?", "%" + reference + "%"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the intake baseline: " + e.getMessage(), e);
        }
    }

    /** {@code connections} threads, each with its own connection, inserting complaints for {@code seconds}. */
    public LoadRound run(int connections, int seconds) {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        try {
            List<Connection> open = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Connection c = connect();
                c.setAutoCommit(false);
                open.add(c);
            }
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            List<Future<?>> loops = new ArrayList<>();
            for (Connection c : open) {
                loops.add(threads.submit(() -> {
                    try (c; Inserts inserts = new Inserts(c)) {
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            inserts.oneComplaint();
                            c.commit();
                            latencies.add((System.nanoTime() - t0) / 1e6);
                            done.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new LoadRound(done.get(), elapsed, Figures.median(latencies), Figures.percentile(latencies, 95), 0, "");
        } catch (Exception e) {
            throw new IllegalStateException("intake baseline failed: " + e.getMessage(), e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The prepared inserts of one connection. */
    private final class Inserts implements AutoCloseable {
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        Inserts(Connection c) throws SQLException {
            for (Map.Entry<String, Map<String, Object>> t : templates.entrySet()) {
                String columns = String.join(", ", t.getValue().keySet());
                String marks = t.getValue().keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
                statements.put(t.getKey(), c.prepareStatement("INSERT INTO bench_" + t.getKey() + " (" + columns + ") VALUES (" + marks + ")"));
            }
        }

        void oneComplaint() throws SQLException {
            String id = UUID.randomUUID().toString();
            for (Map.Entry<String, PreparedStatement> s : statements.entrySet()) {
                int i = 1;
                for (Map.Entry<String, Object> column : templates.get(s.getKey()).entrySet()) {
                    Object value = switch (s.getKey() + "." + column.getKey()) {
                        case "complaints_complaint.id", "complaints_timeline_entry.complaint_id" -> id;
                        case "complaints_complaint.reference" -> "B-" + id.substring(0, 24);
                        case "platform_outbox_event.id" -> UUID.randomUUID().toString();
                        // as written at intake: the relay has not delivered it yet
                        case "platform_outbox_event.delivered_at", "platform_outbox_event.last_error" -> null;
                        case "platform_outbox_event.attempts" -> 0;
                        // as written at intake: sealed seconds later by the complaints module's timer
                        case "complaints_timeline_entry.seal_position", "complaints_timeline_entry.previous_seal",
                             "complaints_timeline_entry.seal" -> null;
                        default -> column.getValue();
                    };
                    s.getValue().setObject(i++, value);
                }
                s.getValue().executeUpdate();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }

    @Override
    public void close() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS bench_" + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return bench.connect();
    }

    /** One row as column → value, without auto-increment columns (the database numbers them, as for the application). */
    private static Map<String, Object> one(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql + " with " + parameter);
                }
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!meta.isAutoIncrement(i)) {
                        row.put(meta.getColumnName(i), rs.getObject(i));
                    }
                }
                return row;
            }
        }
    }
}
