package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Browser;
import bank.bonafide.systemtest.support.Keycloak;
import bank.bonafide.platform.digest.Sha256;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * DOMAIN.md 1.1 replayed through the channel API, with the simulators answering as the carrier, the
 * police registry and the face vendor did for the 2019 opening: refused under the 2019 rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationApiIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");
    static final String VERIFICATIONS = BASE + "/channel-api/api/verifications";
    static final String SIMULATORS = "http://127.0.0.1:" + System.getProperty("simulator.port", "8290");
    static final String CONSENT = BASE + "/channel-api/api/biometric-consent";
    static final String EVIDENCE = BASE + "/channel-api/api/evidence/";
    static final String LOST = BASE + "/channel-api/api/lost-documents";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BonafideDeployment.asBuilt();
    }

    static String openingRequest(String occurredAt) {
        return "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-0042\",\"customerId\":\"C-0001\","
                + "\"subjectReference\":\"A-1001\",\"applicant\":{\"name\":\"Li Na\",\"idDocumentNumber\":\"440106198801011234\","
                + "\"phoneNumber\":\"+8613800000001\",\"faceReferenceId\":\"face-ref-2019-11-25\",\"capturedImageSha256\":\"sha256-captured\"},"
                + "\"channelFactors\":{\"oneTimeCodeMatched\":true}"
                + (occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"") + "}";
    }

    @Test
    void theStolenIdOpeningReplayedThroughTheApiIsRefusedUnderThe2019Rules() throws Exception {
        script("/script/phones/+8613800000001", "{\"idDocument\":\"350102199001019999\",\"name\":\"Zhang Wei\"}");
        script("/script/lost-documents/440106198801011234", "{\"reportedOn\":\"2019-10-18\"}");
        script("/script/faces/face-ref-2019-11-25", "{\"score\":\"0.72\",\"liveness\":\"PASSED\",\"modelVersion\":\"stm-face-3.1\"}");

        // Her face counts only under her separate consent: she gives it in the app after reading the notice.
        String alice = Keycloak.accessToken("alice").orElseThrow();
        HttpResponse<String> notice = send(alice, "GET", CONSENT + "?customerId=C-0002", null);
        assertThat(notice.body()).as(notice.body()).contains("\"consentType\":\"SEPARATE\"", "\"retentionDays\":30");
        HttpResponse<String> given = send(alice, "POST", CONSENT + "?customerId=C-0002", null);
        assertThat(given.statusCode()).as(given.body()).isIn(200, 201);
        assertThat(given.body()).contains("\"active\":true");
        assertThat(send(Keycloak.accessToken("bob").orElseThrow(), "GET", CONSENT, null).body())
                .as("alice's consent is hers, not bob's, whatever customerId she named").contains("\"active\":false");

        HttpResponse<String> replay = post(Keycloak.accessToken("compliance.zhao").orElseThrow(), openingRequest("2019-11-25T06:12:40Z"));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(replay.body()).contains("\"outcome\":\"REFUSED\"", "\"id\":\"CN-2019\"",
                "document reported lost on 2019-10-18", "phone number not registered to the applicant",
                "face score 0.72 below threshold 0.80", "\"evidencePackageId\"");
        assertThat(replay.body()).as("no personal data echoed").doesNotContain("440106198801011234", "+8613800000001");

        // The evidence package for the court: JSON (what the seal covers) and a readable PDF, for compliance only.
        String decisionId = Json.createReader(new StringReader(replay.body())).readObject().getString("decisionId");
        String compliance = Keycloak.accessToken("compliance.zhao").orElseThrow();
        String admin = Keycloak.accessToken("admin.sun").orElseThrow();
        String purpose = "?purpose=" + URLEncoder.encode("Guangzhou Internet Court case 2021", StandardCharsets.UTF_8);
        assertThat(send(alice, "POST", EVIDENCE + decisionId + "/exports" + purpose, null).statusCode()).isEqualTo(403);
        assertThat(send(compliance, "POST", EVIDENCE + decisionId + "/exports", null).statusCode()).as("no export without a purpose")
                .isEqualTo(400);
        // Personal data leaves the bank with two people: compliance asks, a second person (not the asker) approves.
        String jsonRequest = exportRequest(compliance, decisionId, purpose + "&format=json");
        HttpResponse<String> early = send(compliance, "GET", EVIDENCE + "exports/" + jsonRequest, null);
        assertThat(early.statusCode()).as("nothing before the approval").isEqualTo(409);
        assertThat(early.body()).contains("waits for a second person");
        HttpResponse<String> selfApproved = send(compliance, "POST", EVIDENCE + "exports/" + jsonRequest + "/approval", null);
        assertThat(selfApproved.statusCode()).isEqualTo(409);
        assertThat(selfApproved.body()).contains("a second person must decide it");
        assertThat(send(admin, "POST", EVIDENCE + "exports/" + jsonRequest + "/approval", null).body()).contains("\"status\":\"APPROVED\"",
                "\"decidedBy\":\"admin.sun\"");
        assertThat(send(admin, "GET", EVIDENCE + "exports/" + jsonRequest, null).statusCode()).as("only the asker collects").isEqualTo(409);
        HttpResponse<String> json = send(compliance, "GET", EVIDENCE + "exports/" + jsonRequest, null);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        JsonObject exported = Json.createReader(new StringReader(json.body())).readObject();
        assertThat(Sha256.hex(exported.getString("content"))).as("the content is exactly what the seal covers")
                .isEqualTo(exported.getString("contentSha256"));
        assertThat(Sha256.hex(exported.getString("previousSeal") + ":" + exported.getString("contentSha256")))
                .isEqualTo(exported.getString("seal"));
        assertThat(exported.getString("chainVerifiedAtExport")).isEqualTo("intact");
        assertThat(exported.getString("content")).contains("LostDocumentCheck", "KycMatch", "FaceComparison",
                "\"terminalId\":\"STM-0042\"", "\"faceThreshold\":\"0.80\"", "document reported lost on 2019-10-18");
        assertThat(exported.getString("content")).as("every external answer with its correlation id and times")
                .contains("\"answers\":[{\"check\":\"LostDocumentCheck\",\"correlationId\":\"", "\"rawAnswer\":\"{\\\"reportedLost\\\":true");

        assertThat(send(compliance, "GET", EVIDENCE + "exports/" + jsonRequest, null).statusCode()).as("collected once").isEqualTo(409);

        String pdfRequest = exportRequest(compliance, decisionId, purpose + "&format=pdf");
        send(admin, "POST", EVIDENCE + "exports/" + pdfRequest + "/approval", null);
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(EVIDENCE + "exports/" + pdfRequest))
                .header("Authorization", "Bearer " + compliance).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        Path file = Path.of("target", "evidence-replay-2019.pdf");
        Files.write(file, pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("REFUSED", "document reported lost on 2019-10-18",
                    "phone number not registered to the applicant", "face score 0.72 below threshold 0.80", "CN-2019");
        }

        // The same package read on screen: only with a purpose, field by field, its seal recomputed.
        try (Browser officer = new Browser()) {
            officer.openSignedIn(BASE + "/backoffice/evidence.xhtml?decision=" + decisionId, "compliance.zhao");
            officer.waitForText(By.tagName("h1"), "Evidence package");
            officer.driver().findElement(By.id("read:show")).click();
            officer.waitForText(By.id("messages"), "Say why you read this evidence");
            assertThat(officer.driver().findElements(By.id("content"))).isEmpty();
            officer.driver().findElement(By.id("read:purpose")).sendKeys("Guangzhou Internet Court case 2021");
            officer.driver().findElement(By.id("read:show")).click();
            officer.waitForText(By.id("seal-check"), "content and seal match");
            assertThat(officer.driver().findElement(By.id("content")).getText())
                    .contains("LostDocumentCheck", "Terminal ID", "STM-0042", "document reported lost on 2019-10-18");
            officer.screenshot("evidence-viewer");

            // Taking it out of the bank from the screen: asked here, approved by a second person on their home page,
            // collected once from the asker's home page.
            new org.openqa.selenium.support.ui.Select(officer.driver().findElement(By.id("export:format"))).selectByValue("PDF");
            officer.driver().findElement(By.id("export:ask")).click();
            officer.waitForText(By.id("messages"), "Export asked for. A second person must approve it");
            officer.driver().get(BASE + "/backoffice/");
            officer.waitForText(By.tagName("h1"), "My work");
            assertThat(officer.driver().findElements(By.id("exports-to-approve"))).as("not one's own to approve")
                    .allSatisfy(table -> assertThat(table.getText()).doesNotContain("Guangzhou Internet Court case 2021"));
            assertThat(myExport(officer, decisionId).getText()).contains("pending");
            assertThat(myExport(officer, decisionId).findElements(By.className("collect-export"))).isEmpty();

            try (Browser second = new Browser()) {
                second.openSignedIn(BASE + "/backoffice/", "admin.sun");
                second.waitForText(By.tagName("h1"), "My work");
                second.driver().findElements(By.cssSelector("[id='exports-to-approve'] tbody tr")).stream()
                        .filter(r -> r.getText().contains("Guangzhou Internet Court case 2021")).findFirst().orElseThrow()
                        .findElement(By.cssSelector("input[id$=':approve']")).click();
                second.waitForText(By.id("messages"), "compliance.zhao");
            }

            officer.driver().navigate().refresh();
            officer.waitForText(By.id("my-exports"), "approved · admin.sun");
            String collect = myExport(officer, decisionId).findElement(By.className("collect-export")).getAttribute("href");
            HttpResponse<byte[]> collected = officer.fetch(collect);
            assertThat(collected.statusCode()).isEqualTo(200);
            assertThat(collected.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(new String(collected.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            HttpResponse<byte[]> again = officer.fetch(collect);
            assertThat(again.statusCode()).as("collected once").isEqualTo(409);
            assertThat(new String(again.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("cannot be collected");
            officer.driver().navigate().refresh();
            officer.waitForText(By.id("my-exports"), "collected");
        }
    }

    @Test
    void terminalsDecideNowAndCustomersCannotVerifyThemselves() throws Exception {
        String terminal = Keycloak.terminalToken().orElseThrow();
        assertThat(post(terminal, openingRequest("2019-11-25T06:12:40Z")).statusCode())
                .as("a terminal cannot pretend to act in the past").isEqualTo(403);
        HttpResponse<String> now = post(terminal, openingRequest(null));
        assertThat(now.statusCode()).as(now.body()).isEqualTo(200);
        assertThat(now.body()).contains("\"id\":\"CN-CURRENT\"").doesNotContain("\"outcome\":\"APPROVED\"");
        assertThat(post(Keycloak.accessToken("alice").orElseThrow(), openingRequest(null)).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = post(terminal, "{\"purpose\":\"OPEN_SESAME\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aCardReportedLostToTheBankIsRefusedFromThatMoment() throws Exception {
        String document = "44010619950505" + (1000 + System.nanoTime() % 9000);
        String bob = Keycloak.accessToken("bob").orElseThrow();
        HttpResponse<String> reported = send(bob, "POST", LOST, "{\"documentNumber\":\"" + document + "\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        assertThat(reported.body()).contains("\"document\":\"4401").doesNotContain(document);
        assertThat(send(Keycloak.accessToken("bo.wang").orElseThrow(), "POST", LOST, "{\"documentNumber\":\"" + document + "\"}")
                .statusCode()).as("staff must name the customer they report for").isEqualTo(400);
        assertThat(send(bob, "POST", LOST, "{\"documentNumber\":\"<script>\"}").statusCode()).isEqualTo(400);

        String opening = openingRequest(null).replace("440106198801011234", document).replace("\"C-0001\"", "\"C-0002\"");
        HttpResponse<String> refused = post(Keycloak.terminalToken().orElseThrow(), opening);
        assertThat(refused.body()).contains("\"outcome\":\"REFUSED\"", "document reported lost to the bank on");
    }

    @Test
    void aTerminalSessionTakesFactorsAsTheyComeAndEndsInExactlyOneDecision() throws Exception {
        String unique = Long.toString(100_000_000L + System.nanoTime() % 899_999_999L);
        String phone = "+86136" + unique.substring(0, 8);
        String document = "3301021985" + unique.substring(0, 8);
        script("/script/phones/" + phone, "{\"idDocument\":\"" + document + "\",\"name\":\"Bob Chen\"}");
        String terminal = Keycloak.terminalToken().orElseThrow();
        String sessions = VERIFICATIONS + "/sessions";

        HttpResponse<String> opened = send(terminal, "POST", sessions, "{\"purpose\":\"LOAN_SIGNING\",\"channel\":\"STM\","
                + "\"terminalId\":\"STM-0200\",\"customerId\":\"C-0002\",\"subjectReference\":\"L-S" + unique + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String session = sessions + "/" + Json.createReader(new StringReader(opened.body())).readObject().getString("sessionId");

        assertThat(send(terminal, "POST", session + "/factors", "{\"oneTimeCodeMatched\":true}").body()).contains("\"submitted\":[\"OneTimeCode\"]");
        assertThat(send(terminal, "POST", session + "/factors", "{\"paymentPasswordMatched\":true}").body())
                .contains("\"submitted\":[\"OneTimeCode\",\"PaymentPassword\"]");
        assertThat(send(Keycloak.accessToken("bo.wang").orElseThrow(), "POST", session + "/factors", "{\"paymentPasswordMatched\":false}")
                .statusCode()).as("another login cannot touch the session").isEqualTo(404);

        assertThat(send(terminal, "POST", session + "/factors", "{\"counterOfficerId\":\"officer-7\"}").statusCode())
                .as("a terminal cannot attest an in-person document check").isEqualTo(403);

        String applicant = "{\"applicant\":{\"name\":\"Bob Chen\",\"idDocumentNumber\":\"" + document + "\",\"phoneNumber\":\"" + phone + "\"}}";
        HttpResponse<String> decided = send(terminal, "POST", session + "/decision", applicant);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(decided.body()).contains("\"outcome\":\"APPROVED\"", "\"id\":\"CN-CURRENT\"").doesNotContain(document, phone);

        HttpResponse<String> again = send(terminal, "POST", session + "/decision", applicant);
        assertThat(again.statusCode()).as("a session ends in exactly one decision").isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send(terminal, "POST", sessions + "/not-a-session/decision", applicant).statusCode()).isEqualTo(404);
    }

    private static void script(String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATORS + path))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(204);
    }

    private static HttpResponse<String> send(String token, String method, String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for an export and returns the request's id (202, pending). */
    private static String exportRequest(String token, String decisionId, String query) throws Exception {
        HttpResponse<String> asked = send(token, "POST", EVIDENCE + decisionId + "/exports" + query, null);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        assertThat(asked.body()).contains("\"status\":\"PENDING\"");
        return Json.createReader(new StringReader(asked.body())).readObject().getString("id");
    }

    private static HttpResponse<String> post(String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(VERIFICATIONS)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The asker's row of this decision's export on her home page (the newest, of those asked on screen). */
    private static org.openqa.selenium.WebElement myExport(Browser staff, String decisionId) {
        return staff.driver().findElements(By.cssSelector("[id='my-exports'] tbody tr")).stream()
                .filter(r -> r.getText().contains(decisionId) && r.getText().contains("(PDF)")).findFirst().orElseThrow();
    }
}
