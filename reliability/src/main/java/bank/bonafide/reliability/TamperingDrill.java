package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R5: an insider with write access to the database changes evidence, audit and ledger rows behind the application's
 * back, and the seal verification ({@code GET operations/seal-verification}, as a compliance officer) must find each
 * change and name the record: its table, its place in the chain and its key. For every sealed table one row in the
 * middle of its chain is changed (the fund ledger's amount, a staff read's purpose, a timeline entry's actor, ...),
 * checked and put back; a ledger row is deleted and put back; one evidence package's content is changed and put back.
 * After each repair the verification must say intact again, so a finding is never left over from the one before.
 */
final class TamperingDrill {

    /** The column each table's tampering changes, and how: a plausible edit a fraudster would make. */
    private static final Map<String, String> EDITS = new LinkedHashMap<>();

    static {
        EDITS.put("compensation_ledger_entry", "debit = debit + 1");
        EDITS.put("complaints_timeline_entry", "actor = CONCAT(actor, '-edited')");
        EDITS.put("identity_staff_read", "purpose = CONCAT(purpose, ' (edited)')");
        EDITS.put("identity_evidence_access", "purpose = CONCAT(purpose, ' (edited)')");
        EDITS.put("lending_loan_history", "entry = CONCAT(entry, ' (edited)')");
        EDITS.put("lending_staff_read", "purpose = CONCAT(purpose, ' (edited)')");
    }

    private final Suite suite;
    private final ApiCaller api;
    private String compliance;

    TamperingDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
    }

    Verdict run() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        compliance = suite.tokens().user("compliance.zhao");
        figures.put("rows written through the application first", activity());
        JsonObject before = settled();
        figures.put("chains verified", before.getJsonArray("chains").size());
        if (!before.getBoolean("intact")) {
            problems.add("the seals were broken before the drill touched anything: " + before);
            return new Verdict("R5", "tampering with evidence, audit and ledger rows is found and the record named", figures, problems);
        }
        int tried = 0;
        int named = 0;
        List<String> detail = new ArrayList<>();
        try (Connection db = suite.database()) {
            for (Map.Entry<String, String> edit : EDITS.entrySet()) {
                String table = edit.getKey();
                Optional<Row> victim = middle(db, table, "seal_position", "id");
                if (victim.isEmpty()) {
                    problems.add(table + " has no sealed row to tamper with: the drill cannot show its seal works");
                    continue;
                }
                Row row = victim.get();
                tried++;
                String original = snapshot(db, table, "id", row.key());
                execute(db, "UPDATE " + table + " SET " + edit.getValue() + " WHERE id = ?", row.key());
                String outcome = expectBroken(table, row, problems, "changed");
                restore(db, table, "id", row.key(), original);
                named += outcome.equals("named") ? 1 : 0;
                detail.add(table + " position " + row.position() + ": " + outcome);
                expectIntact("after " + table + " was put back", problems);
            }
            // Deleting is the other way to cook the books: the row's place in the chain is then empty.
            Optional<Row> entry = middle(db, "compensation_ledger_entry", "seal_position", "id");
            if (entry.isPresent()) {
                tried++;
                Row row = entry.get();
                String original = snapshot(db, "compensation_ledger_entry", "id", row.key());
                execute(db, "DELETE FROM compensation_ledger_entry WHERE id = ?", row.key());
                String outcome = expectBroken("compensation_ledger_entry", new Row(row.position(), null), problems, "deleted");
                restore(db, "compensation_ledger_entry", "id", row.key(), original);
                named += outcome.equals("named") ? 1 : 0;
                detail.add("compensation_ledger_entry position " + row.position() + " deleted: " + outcome);
                expectIntact("after the ledger row was put back", problems);
            }
            Optional<Row> evidence = middle(db, "identity_evidence_package", "chain_position", "chain_position");
            if (evidence.isEmpty()) {
                problems.add("there is no evidence package to tamper with");
            } else {
                tried++;
                Row row = evidence.get();
                String original = snapshot(db, "identity_evidence_package", "chain_position", row.key());
                execute(db, "UPDATE identity_evidence_package SET content = REPLACE(content, 'APPROVED', 'REFUSED') WHERE chain_position = ?", row.key());
                execute(db, "UPDATE identity_evidence_package SET content = CONCAT(content, ' ') WHERE chain_position = ?", row.key());
                String outcome = expectBroken("identity_evidence_package", new Row(row.position(), null), problems, "changed");
                restore(db, "identity_evidence_package", "chain_position", row.key(), original);
                named += outcome.equals("named") ? 1 : 0;
                detail.add("identity_evidence_package position " + row.position() + ": " + outcome);
                expectIntact("after the evidence package was put back", problems);
            }
        }
        figures.put("tamperings tried", tried);
        figures.put("found, with the record named", named);
        figures.put("missed or misnamed", tried - named);
        figures.put("per chain", String.join("; ", detail));
        return new Verdict("R5", "tampering with evidence, audit and ledger rows is found and the record named", figures, problems);
    }

    /**
     * One of each kind of audited act, through the application as staff and customers do them, so that every chain
     * has rows: a customer files a complaint and signs a loan (timeline, loan history), staff read the loan, a
     * customer record and an evidence package (three read logs), and compliance records a fund contribution (ledger).
     */
    private String activity() throws Exception {
        String bob = suite.tokens().user("bob");
        Answer filed = api.send(bob, "POST", "complaints", "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1002\","
                + "\"description\":\"Reliability R5: a complaint for the timeline.\"}");
        String loan = signLoan(bob);
        String staff = suite.tokens().user("bo.wang");
        Answer read = api.send(staff, "GET", "loans/" + loan + "?purpose=R5%20audit%20check", null);
        WebSession backOffice = new WebSession();
        String customerPage = suite.bonafideUrl() + "/backoffice/customer.xhtml?id=C-0002";
        backOffice.signIn(customerPage, "bo.wang", "bo.wang-demo");
        backOffice.submit(customerPage, "open", Map.of("case", "", "purpose", "Reliability R5: audit of staff reads"), "open");
        String exported = exportEvidence();
        WebSession compliancePage = new WebSession();
        String fund = suite.bonafideUrl() + "/backoffice/compensation.xhtml";
        compliancePage.signIn(fund, "compliance.zhao", "compliance.zhao-demo");
        compliancePage.submit(fund, "contribute", Map.of("amount", "1000.00"), "record");
        return "complaint " + filed.status() + ", loan " + loan + ", staff read of the loan " + read.status()
                + ", customer record read on screen, evidence " + exported + ", fund contribution recorded";
    }

    /** Bob applies, gets the code by SMS (the carrier simulator keeps it) and signs: a loan with its history. */
    private String signLoan(String bob) throws Exception {
        String simulators = "http://127.0.0.1:" + System.getenv().getOrDefault("SIMULATOR_PORT", "8290");
        String phone = "+86139" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String id = "11010119900307" + (1000 + new java.util.Random().nextInt(9000));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulators + "/script/phones/" + phone))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"idDocument\":\"" + id + "\",\"name\":\"Zhao Bo\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Answer applied = api.send(bob, "POST", "loan-applications", "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1002\","
                + "\"amount\":\"20000.00\",\"termMonths\":12,\"creditReportConsent\":true}");
        if (applied.status() != 201) {
            throw new IllegalStateException("bob could not apply: " + applied.describe());
        }
        String application = Json.createReader(new StringReader(applied.body())).readObject().getString("reference");
        api.send(bob, "POST", "loan-applications/" + application + "/signing-code", "{\"phoneNumber\":\"" + phone + "\"}");
        String sms = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(simulators + "/script/sms/" + phone)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("code (\\d{6})").matcher(sms);
        if (!code.find()) {
            throw new IllegalStateException("no signing code reached bob's phone: " + sms);
        }
        Answer signed = api.send(bob, "POST", "loan-applications/" + application + "/signature", "{\"code\":\"" + code.group(1)
                + "\",\"paymentPasswordMatched\":true,\"applicant\":{\"name\":\"Zhao Bo\",\"idDocumentNumber\":\"" + id
                + "\",\"phoneNumber\":\"" + phone + "\"}}");
        if (signed.status() != 202) {
            throw new IllegalStateException("bob could not sign: " + signed.describe());
        }
        for (int i = 0; i < 60; i++) {
            JsonObject a = Json.createReader(new StringReader(api.send(bob, "GET", "loan-applications/" + application, null).body())).readObject();
            if (a.containsKey("loanReference")) {
                return a.getString("loanReference");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the signed application " + application + " became no loan within 30 s");
    }

    /** Compliance asks to export a decision's evidence, an admin approves (four eyes), compliance collects it: a logged read. */
    private String exportEvidence() throws Exception {
        String decision;
        try (Connection db = suite.database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT decision_id FROM identity_evidence_package ORDER BY chain_position DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("there is no evidence package to export");
            }
            decision = rs.getString(1);
        }
        Answer asked = api.send(compliance, "POST", "evidence/" + decision + "/exports?format=JSON&purpose=Reliability%20R5%20audit", null);
        if (asked.status() != 202) {
            throw new IllegalStateException("compliance could not ask for the evidence: " + asked.describe());
        }
        String request = Json.createReader(new StringReader(asked.body())).readObject().getString("id");
        Answer approved = api.send(suite.tokens().user("admin.sun"), "POST", "evidence/exports/" + request + "/approval", null);
        Answer collected = api.send(compliance, "GET", "evidence/exports/" + request, null);
        return "export asked 202, approved " + approved.status() + ", collected " + collected.status();
    }

    /** A row of a chain: its position and its key (null when the verifier can only name the position). */
    private record Row(long position, String key) {
    }

    /** The sealed row halfway along the table's chain. */
    private static Optional<Row> middle(Connection db, String table, String positionColumn, String keyColumn) throws Exception {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(" + positionColumn + ") FROM " + table)) {
            rs.next();
            long last = rs.getLong(1);
            if (last == 0) {
                return Optional.empty();
            }
            try (PreparedStatement q = db.prepareStatement("SELECT " + keyColumn + " FROM " + table + " WHERE " + positionColumn + " = ?")) {
                q.setLong(1, (last + 1) / 2);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() ? Optional.of(new Row((last + 1) / 2, row.getString(1))) : Optional.empty();
                }
            }
        }
    }

    /** "named" when the verification finds the table broken at the row's position (and names its key, if it has one). */
    private String expectBroken(String table, Row row, List<String> problems, String how) throws Exception {
        JsonObject chain = chain(verification(), table);
        if (chain == null) {
            problems.add("the verification does not cover " + table);
            return "not covered";
        }
        if (chain.getBoolean("intact")) {
            problems.add("a " + how + " row of " + table + " (position " + row.position() + ") was not found: " + chain);
            return "missed";
        }
        long position = chain.getJsonNumber("firstBrokenPosition").longValue();
        String record = chain.containsKey("firstBrokenRecord") ? chain.getString("firstBrokenRecord") : null;
        if (position != row.position() || row.key() != null && !row.key().equals(record)) {
            problems.add("a " + how + " row of " + table + " at position " + row.position() + " (" + row.key() + ") was reported as "
                    + position + " (" + record + "): " + chain.getString("problem", ""));
            return "misnamed";
        }
        return "named";
    }

    private void expectIntact(String when, List<String> problems) throws Exception {
        JsonObject after = verification();
        if (!after.getBoolean("intact")) {
            problems.add("the seals were not intact again " + when + ": " + after);
        }
    }

    /** The verification once every row written so far is sealed (the sealers run every five seconds). */
    private JsonObject settled() throws Exception {
        JsonObject answer = verification();
        for (int i = 0; i < 30 && pending(answer) > 0; i++) {
            Thread.sleep(1_000);
            answer = verification();
        }
        return answer;
    }

    private static long pending(JsonObject answer) {
        return answer.getJsonArray("chains").stream().map(JsonValue::asJsonObject).mapToLong(c -> c.getJsonNumber("pendingRecords").longValue()).sum();
    }

    private JsonObject verification() {
        Answer answer = api.send(compliance, "GET", "operations/seal-verification", null);
        if (answer.status() != 200) {
            throw new IllegalStateException("the seal verification did not answer: " + answer.describe());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static JsonObject chain(JsonObject answer, String table) {
        return answer.getJsonArray("chains").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("table").equals(table))
                .findFirst().orElse(null);
    }

    /** The row as it is, kept in a scratch table so that it can be put back exactly (every column, seals included). */
    private static String snapshot(Connection db, String table, String keyColumn, String key) throws Exception {
        String copy = "r5_copy_" + table;
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + copy);
            s.execute("CREATE TABLE " + copy + " LIKE " + table);
        }
        execute(db, "INSERT INTO " + copy + " SELECT * FROM " + table + " WHERE " + keyColumn + " = ?", key);
        return copy;
    }

    private static void restore(Connection db, String table, String keyColumn, String key, String copy) throws Exception {
        // The changed row goes; a deleted one is already gone.
        try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE " + keyColumn + " = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO " + table + " SELECT * FROM " + copy);
            s.execute("DROP TABLE " + copy);
        }
    }

    private static void execute(Connection db, String sql, String key) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, key);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("expected one row for " + sql + " with " + key);
            }
        }
    }
}
