package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * R7: no C3 data (credentials, biometrics) at rest outside the vault, and in the vault only ciphertext. The drill puts
 * a face image of its own through a real account-opening decision under biometric consent, so that the vault holds
 * bytes it knows, then searches every log file of the stack and every column of every row of the application's
 * database for: windows of the image's bytes, its base64 and hex forms, every password and client secret of the
 * realm, the vault's master key, and the bearer tokens the suite used. Runs last, so that the logs hold everything
 * the other drills made happen.
 *
 * <p>One-time codes and payment passwords never reach the bank (the channel reports whether they matched), so there is
 * no value of theirs to look for; the evidence keeps the image's SHA-256, which is not the image.
 */
final class DataAtRestDrill {

    /** Secrets shorter than this (the dev Keycloak's bootstrap "admin") would match ordinary words. */
    private static final int SHORTEST_SECRET = 8;

    private final Suite suite;
    private final ApiCaller api;

    DataAtRestDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
    }

    Verdict run() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        String terminal = suite.tokens().terminal();
        String alice = suite.tokens().user("alice");

        byte[] image = faceImage();
        String customer = "R7-" + UUID.randomUUID().toString().substring(0, 8);
        Answer consent = api.send(terminal, "POST", "biometric-consent?customerId=" + customer, null);
        Answer decision = api.send(terminal, "POST", "verifications", opening(customer, image));
        api.send(alice, "GET", "complaints", null);
        if (consent.status() != 201 || !decision.ok()) {
            problems.add("could not put a face through a decision: consent " + consent.describe() + "; decision " + decision.describe());
        }

        C3Scan scan = new C3Scan(secrets(image, List.of(terminal, alice)), image);
        List<String> findings = new ArrayList<>();

        long[] files = scanFiles(scan, findings);
        figures.put("log files scanned", files[0]);
        figures.put("log bytes scanned", files[1]);

        try (Connection db = suite.database()) {
            long[] rows = scanDatabase(db, scan, findings);
            figures.put("tables scanned", rows[0]);
            figures.put("rows scanned", rows[1]);
            VaultCheck vault = checkVault(db, image);
            figures.put("vault records", vault.records());
            figures.put("vault records not looking like ciphertext", vault.plain());
            if (!vault.ownImageStored()) {
                problems.add("the drill's face image is not in the vault: nothing was shown about how the vault keeps it");
            }
            if (vault.plain() > 0) {
                problems.add(vault.plain() + " vault records do not look like ciphertext (low entropy or an image header)");
            }
        }
        figures.put("secrets looked for", scan.secrets() + " + the image's bytes");
        figures.put("findings", findings.size());
        if (!findings.isEmpty()) {
            problems.add(findings.size() + " C3 findings, e.g. " + String.join("; ", findings.subList(0, Math.min(5, findings.size()))));
        }
        return new Verdict("R7", "no C3 data in logs or the database outside the vault; the vault holds ciphertext", figures, problems);
    }

    /** A JPEG-shaped random image: header so that a plain copy would look like one, random so that it is this drill's. */
    private static byte[] faceImage() {
        byte[] image = new byte[24 * 1024];
        new SecureRandom().nextBytes(image);
        image[0] = (byte) 0xFF;
        image[1] = (byte) 0xD8;
        image[2] = (byte) 0xFF;
        image[3] = (byte) 0xE0;
        return image;
    }

    private static String opening(String customer, byte[] image) {
        return "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-R7\",\"customerId\":\"" + customer
                + "\",\"subjectReference\":\"A-" + customer + "\",\"applicant\":{\"name\":\"Wang Fang\","
                + "\"idDocumentNumber\":\"110101199003074514\",\"phoneNumber\":\"+8613900000002\",\"capturedImage\":\""
                + Base64.getEncoder().encodeToString(image) + "\"},\"channelFactors\":{\"oneTimeCodeMatched\":true}}";
    }

    /** Every credential the stack knows, by a name that says what leaked, as the bytes a log or column would hold. */
    private Map<String, byte[]> secrets(byte[] image, List<String> tokens) throws IOException {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        String base64 = Base64.getEncoder().encodeToString(image);
        String hex = HexFormat.of().formatHex(image);
        // Parts from the start, the middle and the end, so that a truncated copy is found too.
        for (int at : new int[]{0, base64.length() / 2, base64.length() - 64}) {
            secrets.put("face image (base64, offset " + at + ")", base64.substring(at, at + 48).getBytes(StandardCharsets.US_ASCII));
        }
        secrets.put("face image (hex)", hex.substring(hex.length() / 2, hex.length() / 2 + 64).getBytes(StandardCharsets.US_ASCII));
        secrets.put("face image (HEX)", hex.substring(hex.length() / 2, hex.length() / 2 + 64).toUpperCase().getBytes(StandardCharsets.US_ASCII));
        JsonObject realm = Json.createReader(new StringReader(Files.readString(suite.realmFile()))).readObject();
        for (JsonValue user : realm.getJsonArray("users")) {
            JsonObject u = user.asJsonObject();
            for (JsonValue credential : u.getJsonArray("credentials") == null ? List.<JsonValue>of() : u.getJsonArray("credentials")) {
                put(secrets, "password of " + u.getString("username"), credential.asJsonObject().getString("value", ""));
            }
        }
        for (JsonValue client : realm.getJsonArray("clients")) {
            put(secrets, "secret of client " + client.asJsonObject().getString("clientId"), client.asJsonObject().getString("secret", ""));
        }
        for (String key : System.getenv().getOrDefault("BONAFIDE_VAULT_MASTER_KEYS", "").split(",")) {
            put(secrets, "vault master key", key.contains(":") ? key.substring(key.indexOf(':') + 1) : key);
        }
        put(secrets, "audit seal key", System.getenv().getOrDefault("BONAFIDE_SEAL_KEY", ""));
        for (String token : tokens) {
            // The signature is what makes a token usable; the claims in front of it are everyone's to read.
            put(secrets, "bearer token " + token.substring(0, 12) + "...", token.substring(token.lastIndexOf('.') + 1));
        }
        return secrets;
    }

    private static void put(Map<String, byte[]> secrets, String name, String value) {
        if (value != null && value.strip().length() >= SHORTEST_SECRET) {
            secrets.put(name, value.strip().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @return {files, bytes} */
    private long[] scanFiles(C3Scan scan, List<String> findings) throws IOException {
        List<Path> roots = List.of(suite.payaraHome().resolve("glassfish/domains/domain1/logs"), suite.runDir(), suite.databaseDir());
        long files = 0;
        long bytes = 0;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> logs;
            try (Stream<Path> walk = Files.walk(root)) {
                logs = walk.filter(Files::isRegularFile).filter(DataAtRestDrill::isLog).toList();
            }
            for (Path log : logs) {
                byte[] content = Files.readAllBytes(log);
                files++;
                bytes += content.length;
                findings.addAll(scan.find(content, "file " + Path.of("").toAbsolutePath().relativize(log.toAbsolutePath())));
            }
        }
        return new long[]{files, bytes};
    }

    /** Log files, not the database server's own data files (the dump below reads what they hold). */
    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".log") || name.contains(".log_") || name.endsWith(".err") || name.endsWith(".out") || name.endsWith(".txt");
    }

    /** Every column of every row of every table of the application's schema: the dump, read through JDBC. @return {tables, rows} */
    private static long[] scanDatabase(Connection db, C3Scan scan, List<String> findings) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                     + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        long rows = 0;
        for (String table : tables) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "`")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    rows++;
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        byte[] value = rs.getBytes(c);
                        if (value != null) {
                            findings.addAll(scan.find(value, "column " + table + "." + meta.getColumnName(c)));
                        }
                    }
                }
            }
        }
        return new long[]{tables.size(), rows};
    }

    private record VaultCheck(long records, long plain, boolean ownImageStored) {
    }

    /** Every vault record: high-entropy bytes with no image header; and the drill's own image is among them, encrypted. */
    private static VaultCheck checkVault(Connection db, byte[] image) throws Exception {
        long records = 0;
        long plain = 0;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT ciphertext FROM identity_vault_record")) {
            while (rs.next()) {
                records++;
                byte[] data = rs.getBytes(1);
                if (C3Scan.looksPlain(data)) {
                    plain++;
                }
            }
        }
        boolean own;
        try (PreparedStatement p = db.prepareStatement("SELECT COUNT(*) FROM identity_biometric_capture c JOIN identity_vault_record v "
                + "ON v.reference = c.vault_reference WHERE c.image_sha256 = ?")) {
            p.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image)));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                own = rs.getLong(1) == 1;
            }
        }
        return new VaultCheck(records, plain, own);
    }
}
