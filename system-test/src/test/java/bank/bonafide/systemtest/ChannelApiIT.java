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
 * The channel API from outside with real Keycloak tokens: deny by default, customers kept apart,
 * bad input answered with problem+json and never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChannelApiIT {

    static final String API = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080") + "/channel-api/api/complaints";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BonafideDeployment.asBuilt();
    }

    @Test
    void customerFilesAndReadsOwnComplaintButNotAnotherCustomers() throws Exception {
        String alice = Keycloak.accessToken("alice").orElseThrow();
        HttpResponse<String> filed = post(alice, """
                {"category":"SERVICE","itemKind":"ACCOUNT","itemReference":"A-1001","description":"Nobody answered the hotline."}""");
        assertThat(filed.statusCode()).isEqualTo(201);
        String location = filed.headers().firstValue("Location").orElseThrow();
        assertThat(filed.body()).contains("\"reference\":\"CMP-").contains("\"deadline\"");

        HttpResponse<String> own = get(alice, location);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"customerId\":\"C-0001\"", "Nobody answered the hotline.");

        HttpResponse<String> other = get(Keycloak.accessToken("bob").orElseThrow(), location);
        assertThat(other.statusCode()).as("bob cannot read alice's complaint, nor learn that it exists").isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(other.body()).doesNotContain("Nobody answered");
    }

    @Test
    void filesAndMessagesGoOnlyToTheCustomersOwnCaseAndABadFileIsAProblemThatChangesNothing() throws Exception {
        String alice = Keycloak.accessToken("alice").orElseThrow();
        String bob = Keycloak.accessToken("bob").orElseThrow();
        String location = post(alice, """
                {"category":"UNAUTHORIZED_TRANSACTION","itemKind":"PAYMENT","itemReference":"P-API-1","description":"Not my payment."}""")
                .headers().firstValue("Location").orElseThrow();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        HttpResponse<String> added = send(alice, location + "/attachments?fileName=police-report.pdf", "application/pdf", pdf);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"fileName\":\"police-report.pdf\"", "\"mediaType\":\"application/pdf\"");

        HttpResponse<String> wrongType = send(alice, location + "/attachments?fileName=photo.png", "image/png", pdf);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(wrongType.body()).contains("photo.png is not a PDF, PNG or JPEG");

        byte[] large = new byte[6 * 1024 * 1024];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        HttpResponse<String> tooLarge = send(alice, location + "/attachments?fileName=scan.pdf", "application/pdf", large);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than 5 MB");

        HttpResponse<String> message = send(alice, location + "/messages", "application/json",
                "{\"text\":\"The police case number is 2025-117.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(message.statusCode()).isEqualTo(201);
        HttpResponse<String> own = get(alice, location);
        assertThat(own.body()).contains("police-report.pdf", "2025-117").doesNotContain("scan.pdf").doesNotContain("photo.png");
        String fileId = own.body().replaceAll("(?s).*\"attachments\":\\[\\{[^}]*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> download = get(alice, location + "/attachments/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        assertThat(download.body()).startsWith("%PDF-1.4");

        assertThat(get(bob, location + "/attachments/" + fileId).statusCode()).as("bob cannot fetch alice's file").isEqualTo(404);
        assertThat(send(bob, location + "/messages", "application/json", "{\"text\":\"hi\"}".getBytes()).statusCode()).isEqualTo(404);
        assertThat(send(bob, location + "/attachments?fileName=x.pdf", "application/pdf", pdf).statusCode()).isEqualTo(404);
        assertThat(get(bob, API).body()).doesNotContain(location.substring(location.lastIndexOf('/') + 1));
        assertThat(get(alice, API + "/channels").body()).contains("HOTLINE", "/portal/");
    }

    private static HttpResponse<String> send(String token, String url, String type, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutAValidCustomerTokenNothingIsServed() throws Exception {
        HttpResponse<String> anonymous = get(null, API + "/CMP-X");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> forged = get(Keycloak.accessToken("alice").orElseThrow() + "x", API + "/CMP-X");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("\"status\":401");

        HttpResponse<String> staff = get(Keycloak.accessToken("bo.wang").orElseThrow(), API + "/CMP-X");
        assertThat(staff.statusCode()).as("the customer API is for customers").isEqualTo(403);
    }

    @Test
    void badInputGetsAProblemNeverAStackTrace() throws Exception {
        String alice = Keycloak.accessToken("alice").orElseThrow();
        for (String body : new String[] {"{\"category\":", "[]", "{\"category\":\"NOT_A_CATEGORY\",\"itemKind\":\"LOAN\",\"itemReference\":\"L-2001\",\"description\":\"x\"}",
                "{\"category\":\"SERVICE\",\"itemKind\":\"LOAN\",\"itemReference\":\"L-2001\",\"description\":\"   \"}", ""}) {
            HttpResponse<String> response = post(alice, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(body).startsWith("application/problem+json");
            assertThat(response.body()).as(body).contains("\"status\":400").doesNotContain("Exception").doesNotContain("at bank.");
        }
    }

    private static HttpResponse<String> post(String token, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(API)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String token, String url) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
