package bank.bonafide.reliability;

import bank.bonafide.benchmarks.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system under test as scripts/reliability.sh started it, and the levers to break and mend it. {@code small} is
 * the short version the test command runs: fewer requests, the same checks and the same expectations.
 */
public record Suite(String bonafideUrl, String realmUrl, Path databaseControl, Path databaseDir, int databasePort,
                    Path payaraHome, Path runDir, Path realmFile, boolean small) {

    static Suite fromEnvironment(boolean small) {
        return new Suite(
                env("RELIABILITY_BONAFIDE_URL", "http://127.0.0.1:8080"),
                env("BONAFIDE_OIDC_PROVIDER_URI", "http://127.0.0.1:8180/realms/bonafide"),
                Path.of(env("RELIABILITY_DB_CONTROL", "scripts/mariadb-instance.sh")),
                Path.of(env("RELIABILITY_DB_DIR", "reliability/target/mariadb")),
                Integer.parseInt(env("RELIABILITY_DB_PORT", "3307")),
                Path.of(env("RELIABILITY_PAYARA_HOME", "reliability/target/payara6")),
                // Where Keycloak and the simulators write their logs and pids, and the realm Keycloak imported.
                Path.of(env("BONAFIDE_RUN", "reliability/target/run")),
                Path.of(env("RELIABILITY_REALM_FILE", "keycloak/realm/bonafide-realm.json")),
                small);
    }

    /** The same system, reached through another server (R8's second instance). */
    Suite at(String url) {
        return new Suite(url, realmUrl, databaseControl, databaseDir, databasePort, payaraHome, runDir, realmFile, small);
    }

    Tokens tokens() {
        return new Tokens(realmUrl);
    }

    String api(String path) {
        return bonafideUrl + "/channel-api/api/" + path;
    }

    /** A request to Keycloak's token endpoint (a form such as {@code grant_type=password&...}), answered as it is. */
    java.net.http.HttpResponse<String> tokenRequest(String form) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** The status Keycloak answers a password sign-in of the app's client with: 200 issued, 401 refused. */
    int signInStatus(String username, String password) throws IOException, InterruptedException {
        return tokenRequest("grant_type=password&client_id=bonafide-channel&username="
                + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)).statusCode();
    }

    /** A plain JDBC connection to the application's database, to count what the API cannot show. */
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + databasePort + "/bonafide", "root", "");
    }

    /** Kills Payara Server as a power cut would: SIGKILL, no shutdown hooks, no chance to finish anything. */
    void killServer() throws Exception {
        long pid = Long.parseLong(Files.readString(payaraHome.resolve("glassfish/domains/domain1/config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("Payara (pid " + pid + ") is not running"));
        server.destroyForcibly();
        server.onExit().get(60, TimeUnit.SECONDS);
    }

    /** Starts the same domain again; the EAR deployed in it starts with it. */
    void startServer() {
        run(List.of(payaraHome.resolve("bin/asadmin").toString(), "start-domain", "domain1"));
    }

    /** Stops the private database server (a clean shutdown, as an operator or a failover would). */
    void stopDatabase() {
        run(List.of("bash", databaseControl.toString(), "stop", databaseDir.toString()));
    }

    void startDatabase() {
        run(List.of("bash", databaseControl.toString(), "start", databaseDir.toString(), String.valueOf(databasePort)));
    }

    private static void run(List<String> command) {
        run(command, 120);
    }

    /** Runs an operator's command (asadmin, the database script) to its end, within {@code seconds}. */
    static void run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).inheritIO().start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + seconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
