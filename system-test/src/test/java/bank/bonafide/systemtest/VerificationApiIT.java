package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Keycloak;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

        HttpResponse<String> replay = post(Keycloak.accessToken("compliance.zhao").orElseThrow(), openingRequest("2019-11-25T06:12:40Z"));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(replay.body()).contains("\"outcome\":\"REFUSED\"", "\"id\":\"CN-2019\"",
                "document reported lost on 2019-10-18", "phone number not registered to the applicant",
                "face score 0.72 below threshold 0.80", "\"evidencePackageId\"");
        assertThat(replay.body()).as("no personal data echoed").doesNotContain("440106198801011234", "+8613800000001");
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

    private static void script(String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATORS + path))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(204);
    }

    private static HttpResponse<String> post(String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(VERIFICATIONS)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
