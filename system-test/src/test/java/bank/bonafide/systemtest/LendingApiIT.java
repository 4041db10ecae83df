package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Eventually;
import bank.bonafide.systemtest.support.Keycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bob borrows through the app, black box: the demo product CASH-12 on his counter-opened account A-1002, an
 * SMS code that stops working when he changes the amount, signing with identity's step-up, then his loan
 * and an early repayment. Alice cannot see any of it; mistakes get problem+json.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LendingApiIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080") + "/channel-api/api/";
    static final String SIMULATORS = "http://127.0.0.1:" + System.getProperty("simulator.port", "8290");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PHONE = "+8613900000002";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BonafideDeployment.asBuilt();
    }

    @Test
    void bobSignsOnlyTheTermsHisCodeWasSentForAndRepaysEarly() throws Exception {
        String id = "11010119900307" + (1000 + (int) (System.nanoTime() % 9000));
        script("/script/phones/" + PHONE, "{\"idDocument\":\"" + id + "\",\"name\":\"Zhao Bo\"}");
        String bob = Keycloak.accessToken("bob").orElseThrow();
        String alice = Keycloak.accessToken("alice").orElseThrow();

        assertThat(send(bob, "GET", "loan-applications/credit-report-consent", null).body()).contains("credit report", "CN-06");
        HttpResponse<String> bad = send(bob, "POST", "loan-applications",
                "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1002\",\"amount\":\"1e5\",\"termMonths\":12}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("amount must be a decimal number").doesNotContain("Exception");
        assertThat(send(bob, "POST", "loan-applications",
                "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1002\",\"amount\":\"500000\",\"termMonths\":12}").body())
                .as("out of the product's range").contains("lends CNY 1000 to 200000");

        HttpResponse<String> applied = send(bob, "POST", "loan-applications", "{\"productCode\":\"CASH-12\",\"accountReference\":\"A-1002\","
                + "\"amount\":\"20000.00\",\"termMonths\":12,\"creditReportConsent\":true,\"customerId\":\"C-0001\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        JsonObject offer = json(applied.body());
        assertThat(offer.getString("status")).as(applied.body()).isEqualTo("OFFERED");
        assertThat(offer.getJsonObject("terms").getString("amount")).isEqualTo("20000.00");
        assertThat(offer.getJsonArray("schedule")).hasSize(12);
        String reference = offer.getString("reference");
        assertThat(send(alice, "GET", "loan-applications/" + reference, null).statusCode()).as("not hers").isEqualTo(404);

        assertThat(send(bob, "POST", "loan-applications/" + reference + "/signing-code", "{\"phoneNumber\":\"" + PHONE + "\"}").body())
                .contains("\"sentTo\":\"**********0002\"");
        String firstCode = sms(PHONE);
        HttpResponse<String> amended = send(bob, "PUT", "loan-applications/" + reference + "/terms", "{\"amount\":\"21000.00\",\"termMonths\":12}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        String newHash = json(amended.body()).getString("termsHash");
        assertThat(newHash).isNotEqualTo(offer.getString("termsHash"));
        HttpResponse<String> stale = send(bob, "POST", "loan-applications/" + reference + "/signature", signature(firstCode, id));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(422);
        assertThat(stale.body()).contains("terms changed after this code was sent");

        send(bob, "POST", "loan-applications/" + reference + "/signing-code", "{\"phoneNumber\":\"" + PHONE + "\"}");
        HttpResponse<String> signed = send(bob, "POST", "loan-applications/" + reference + "/signature", signature(sms(PHONE), id));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(202);
        assertThat(json(signed.body()).getJsonObject("stepUp").getString("outcome")).as(signed.body()).isEqualTo("APPROVED");
        assertThat(json(signed.body()).getString("termsHash")).isEqualTo(newHash);

        String loanRef = Eventually.await("the loan exists", Duration.ofSeconds(30), () -> {
            JsonObject a = json(uncheckedSend(bob, "GET", "loan-applications/" + reference));
            return a.containsKey("loanReference") ? Optional.of(a.getString("loanReference")) : Optional.empty();
        });
        JsonObject loan = json(send(bob, "GET", "loans/" + loanRef, null).body());
        assertThat(loan.getString("principal")).isEqualTo("21000.00");
        assertThat(loan.getString("termsHash")).isEqualTo(newHash);
        assertThat(loan.getJsonArray("schedule")).hasSize(12);
        assertThat(send(alice, "GET", "loans/" + loanRef, null).statusCode()).isEqualTo(404);
        assertThat(send(Keycloak.accessToken("bo.wang").orElseThrow(), "GET", "loans/" + loanRef + "?purpose=customer%20call", null)
                .statusCode()).as("staff read it (and the read is logged)").isEqualTo(200);

        HttpResponse<String> early = send(bob, "POST", "loans/" + loanRef + "/repayments", "{\"kind\":\"EARLY\",\"principal\":\"5000.00\"}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(201);
        assertThat(json(early.body()).getJsonObject("loan").getString("outstandingPrincipal")).isEqualTo("16000.00");
        HttpResponse<String> tooMuch = send(bob, "POST", "loans/" + loanRef + "/repayments", "{\"kind\":\"EARLY\",\"principal\":\"99999.00\"}");
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("Only CNY 16000");
    }

    static String signature(String code, String id) {
        return "{\"code\":\"" + code + "\",\"paymentPasswordMatched\":true,\"applicant\":{\"name\":\"Zhao Bo\",\"idDocumentNumber\":\""
                + id + "\",\"phoneNumber\":\"" + PHONE + "\"}}";
    }

    static String sms(String phone) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATORS + "/script/sms/" + phone)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("code (\\d{6})").matcher(json(r.body()).getString("text"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String uncheckedSend(String token, String method, String path) {
        try {
            return send(token, method, path, null).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void script(String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATORS + path))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(204);
    }

    static HttpResponse<String> send(String token, String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
