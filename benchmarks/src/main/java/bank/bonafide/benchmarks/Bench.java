package bank.bonafide.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the system under test is and how long to measure.
 *
 * @param smoke         the one-minute version CI runs: short rounds and small data, ratios reported but not judged
 * @param rounds        timed rounds per measurement (medians are taken over them)
 * @param roundSeconds  length of one timed round
 * @param warmupSeconds untimed load before the first round; a minute in a full run, because on two cores the JIT
 *                      compiler still took as much CPU as the requests 20 s in (P2 profile)
 * @param soakSeconds   P5's length
 */
public record Bench(String bonafideUrl, String simulatorUrl, String realmUrl, String jdbcUrl, String dbUser, String dbPassword,
                    Path payaraPidFile, Path workDir, boolean smoke, int rounds, int roundSeconds, int warmupSeconds,
                    int soakSeconds) {

    public static Bench fromEnvironment(boolean smoke) {
        return new Bench(
                env("BENCH_BONAFIDE_URL", "http://127.0.0.1:8080"),
                env("BENCH_SIMULATOR_URL", "http://127.0.0.1:" + env("SIMULATOR_PORT", "8290")),
                env("BONAFIDE_OIDC_PROVIDER_URI", "http://127.0.0.1:" + env("KEYCLOAK_PORT", "8180") + "/realms/bonafide"),
                env("BONAFIDE_DB_URL", "jdbc:mysql://127.0.0.1:3306/bonafide_bench"),
                env("BONAFIDE_DB_USER", "root"), env("BONAFIDE_DB_PASSWORD", ""),
                Path.of(env("BENCH_PAYARA_PID_FILE", "benchmarks/target/payara6/glassfish/domains/domain1/config/pid")),
                Path.of(env("BENCH_WORK_DIR", "benchmarks/target/work")),
                smoke,
                number("BENCH_ROUNDS", smoke ? 2 : 5),
                number("BENCH_ROUND_SECONDS", smoke ? 4 : 20),
                number("BENCH_WARMUP_SECONDS", smoke ? 3 : 60),
                number("BENCH_SOAK_SECONDS", smoke ? 60 : 600));
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A plain JDBC connection to the application's database (baselines, data, checks). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }

    /** Runs one statement on its own connection. */
    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }

    /** One call to Bonafide outside the load (a check, a setup step); the body of its 2xx answer. */
    public String call(String method, String path, String token) {
        return Http.expectOk(HttpRequest.newBuilder(URI.create(bonafideUrl + path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    public Wrk bonafide() {
        return new Wrk(bonafideUrl, workDir);
    }

    public Wrk simulators() {
        return new Wrk(simulatorUrl, workDir);
    }

    public Tokens tokens() {
        return new Tokens(realmUrl);
    }
}
