package bank.bonafide.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.reliability.ApiCaller.Answer;
import bank.bonafide.reliability.HostileInputDrill.Endpoint;
import bank.bonafide.reliability.HostileInputDrill.Probe;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** R3 is only as good as its generator and its judge: what they must produce, catch and let pass. */
class HostileInputDrillTest {

    private static final Endpoint FILE = new Endpoint("customer", "POST", "complaints/CMP-1/messages", "{\"text\":\"hi\",\"n\":1}", List.of());

    @Test
    void aHostileValueReplacesOneFieldAndTheRestStaysValidJson() {
        String body = HostileInputDrill.replace(FILE.body(), "text", HostileInputDrill.quote("\"><script>\u0000\uD800"));

        var parsed = Json.createReader(new StringReader(body)).readObject();
        assertEquals("\"><script>\u0000\uD800", parsed.getString("text"));
        assertEquals(1, parsed.getInt("n"));
    }

    @Test
    void theGeneratorReachesItsCountAndAttacksEveryFieldAndSegment() {
        List<Probe> probes = HostileInputDrill.probes(List.of(FILE), 2_000, new Random(1));

        assertEquals(2_000, probes.size());
        assertTrue(probes.stream().anyMatch(p -> p.what().startsWith("n of the wrong type")));
        assertTrue(probes.stream().anyMatch(p -> p.path().startsWith("complaints/%27%20OR") && p.path().endsWith("/messages")));
        assertTrue(probes.stream().anyMatch(p -> p.body() != null && p.body().length > 6_000_000));
        assertTrue(probes.stream().anyMatch(p -> p.caller() == null), "some ask without a token");
    }

    @Test
    void theJudgeFailsServerErrorsLeaksAndPlainErrorPages() {
        Probe probe = new Probe("customer", "GET", "complaints", null, null, "test");
        assertNotNull(HostileInputDrill.judgeApi(answer(500, "application/problem+json", "{}"), probe));
        assertNotNull(HostileInputDrill.judgeApi(answer(-1, null, "no answer"), probe));
        assertNotNull(HostileInputDrill.judgeApi(answer(400, "application/problem+json",
                "{\"detail\":\"org.hibernate.exception.DataException: could not execute statement\"}"), probe));
        assertNotNull(HostileInputDrill.judgeApi(answer(404, "text/html", "<h1>Not Found</h1>"), probe));
        assertNotNull(HostileInputDrill.judgeApi(answer(400, "text/html", "Payara Server 6.2025.10 #badassfish"), probe));
    }

    @Test
    void aBare400FromTheServerItselfIsAFailureOfItsOwnKind() {
        Probe probe = new Probe("customer", "GET", "complaints/%00", null, null, "test");
        assertEquals(HostileInputDrill.CONTAINER_REFUSAL, HostileInputDrill.judgeApi(answer(400, null, ""), probe));
        assertNotNull(HostileInputDrill.judgeApi(answer(404, "text/html", "<html>Not here</html>"), probe));
        assertNotNull(HostileInputDrill.judgeApi(answer(400, "application/problem+json",
                "{\"detail\":\"Caused by: java.lang.IllegalStateException\"}"), probe));
        assertNull(HostileInputDrill.judgeApi(answer(200, "application/json", "{\"note\":\"losses caused by a stolen card\"}"), probe),
                "plain words are no stack trace");
    }

    @Test
    void theJudgePassesClearRefusalsAndEchoesOfWhatWasSent() {
        Probe probe = new Probe("customer", "GET", "complaints", null, null, "test");
        assertNull(HostileInputDrill.judgeApi(answer(400, "application/problem+json",
                "{\"title\":\"Invalid complaint\",\"detail\":\"category must be one of SERVICE, ...\"}"), probe));
        assertNull(HostileInputDrill.judgeApi(answer(201, "application/json",
                "{\"description\":\"') UNION SELECT password FROM mysql.user --\"}"), probe), "its own input quoted back");
        assertNull(HostileInputDrill.judgeApi(answer(204, null, ""), probe));
    }

    @Test
    void aBrowserSubmitsTheFieldsThePageRendered() {
        String html = "<form id=\"other\"><input name=\"other:x\" value=\"1\"></form>"
                + "<form id=\"intake\" method=\"post\"><input type=\"hidden\" name=\"intake\" value=\"intake\">"
                + "<input type=\"text\" name=\"intake:customer\" value=\"C-0001\"><input type=\"checkbox\" name=\"intake:urgent\">"
                + "<select name=\"intake:channel\"><option value=\"PHONE\">Phone</option><option value=\"BRANCH\" selected=\"selected\">Branch</option></select>"
                + "<textarea name=\"intake:description\">a &amp; b</textarea><input type=\"submit\" name=\"intake:file\" value=\"File\">"
                + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"-42:17\"></form>";

        Map<String, String> fields = WebSession.renderedFields(html, "intake");

        assertEquals(Map.of("intake", "intake", "intake:customer", "C-0001", "intake:channel", "BRANCH",
                "intake:description", "a & b", "jakarta.faces.ViewState", "-42:17"), fields);
    }

    @Test
    void aScreenIsJudgedByWhatAPersonSeesNotByItsMarkup() {
        String form = "<form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"1:2\"></form>"
                + "<script>PrimeFaces.ajax.Request.handle({source:'x'}); // jakarta.faces.partial.ajax</script><p>Saved.</p>";
        String trace = "<h1>Error</h1><pre>java.lang.NullPointerException\n\tat bank.bonafide.X.y(X.java:1)</pre>";

        assertNull(HostileInputDrill.FormProbes.judgePage(page(200, form)));
        assertNotNull(HostileInputDrill.FormProbes.judgePage(page(200, trace)));
        assertNotNull(HostileInputDrill.FormProbes.judgePage(page(500, "<p>Something went wrong</p>")));
    }

    private static java.net.http.HttpResponse<String> page(int status, String body) {
        return new java.net.http.HttpResponse<>() {
            public int statusCode() { return status; }
            public java.net.http.HttpRequest request() { return null; }
            public java.util.Optional<java.net.http.HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
            public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
            public String body() { return body; }
            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
            public java.net.URI uri() { return java.net.URI.create("http://127.0.0.1/"); }
            public java.net.http.HttpClient.Version version() { return java.net.http.HttpClient.Version.HTTP_1_1; }
        };
    }

    private static Answer answer(int status, String type, String body) {
        return new Answer(0, 1, status, type, null, body);
    }

}
