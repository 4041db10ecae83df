package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.BonafideDeployment;
import bank.bonafide.systemtest.support.Browser;
import bank.bonafide.systemtest.support.Keycloak;
import jakarta.json.Json;
import java.io.StringReader;
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
 * No N+1 queries: the main endpoints and pages send a fixed number of statements whatever the data. The system tests'
 * database URL installs the driver-level statement counter, and every response then says in header
 * {@code Bonafide-Statements} how many statements its request sent (the application's, not the driver's commits). Each
 * check reads a page or endpoint, adds rows it shows (complaints, timeline entries), reads it again and expects the
 * same count; and the count stays within a budget, so that a page quietly growing a query per row or a dozen
 * needless ones is caught here and not on salary day.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementBudgetIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");
    static final String COMPLAINTS = BASE + "/channel-api/api/complaints";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return BonafideDeployment.asBuilt();
    }

    @Test
    void complaintEndpointsSendAsManyStatementsForOneComplaintAsForMany() throws Exception {
        String alice = Keycloak.accessToken("alice").orElseThrow();
        String reference = reference(call(alice, "POST", COMPLAINTS, complaint("first")).body());
        // Measured from the second call on: a first call may load what is kept once loaded (rule packs, signing keys).
        call(alice, "GET", COMPLAINTS, null);
        call(alice, "GET", COMPLAINTS + "/" + reference, null);
        Counted filing = call(alice, "POST", COMPLAINTS, complaint("second"));
        assertThat(filing.status()).as(filing.body()).isEqualTo(201);
        Counted list = call(alice, "GET", COMPLAINTS, null);
        Counted oneCase = call(alice, "GET", COMPLAINTS + "/" + reference, null);

        Counted laterFiling = null;
        for (int i = 0; i < 4; i++) {
            laterFiling = call(alice, "POST", COMPLAINTS, complaint("more " + i));
            assertThat(laterFiling.status()).isEqualTo(201);
            assertThat(call(alice, "POST", COMPLAINTS + "/" + reference + "/messages",
                    "{\"text\":\"Any news on this? (" + i + ")\"}").status()).isIn(200, 201);
        }

        assertThat(laterFiling.statements()).as("filing a complaint").isEqualTo(filing.statements()).isLessThanOrEqualTo(6);
        assertThat(call(alice, "GET", COMPLAINTS, null).statements()).as("her complaints, four more of them")
                .isEqualTo(list.statements()).isLessThanOrEqualTo(3);
        assertThat(call(alice, "GET", COMPLAINTS + "/" + reference, null).statements())
                .as("her case, four more messages on its timeline").isEqualTo(oneCase.statements()).isLessThanOrEqualTo(6);
    }

    @Test
    void anOpeningDecisionSendsAFixedNumberOfStatements() throws Exception {
        String terminal = Keycloak.terminalToken().orElseThrow();
        // A customer and account of this test's own: an opening decision for a demo account would change what other
        // tests' loan applications find.
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String decision = "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-BUDGET\",\"customerId\":\"T-" + suffix
                + "\",\"subjectReference\":\"A-" + suffix + "\",\"applicant\":{\"name\":\"Wang Fang\",\"idDocumentNumber\":\"110101199003074514\","
                + "\"phoneNumber\":\"+8613900000002\"},\"channelFactors\":{\"oneTimeCodeMatched\":true}}";
        call(terminal, "POST", BASE + "/channel-api/api/verifications", decision);
        Counted second = call(terminal, "POST", BASE + "/channel-api/api/verifications", decision);
        Counted third = call(terminal, "POST", BASE + "/channel-api/api/verifications", decision);
        assertThat(second.status()).as(second.body()).isBetween(200, 201);
        assertThat(third.statements()).as("the same decision again").isEqualTo(second.statements()).isLessThanOrEqualTo(14);
    }

    @Test
    void staffPagesSendAsManyStatementsForFewCasesAsForMore() throws Exception {
        String alice = Keycloak.accessToken("alice").orElseThrow();
        String reference = reference(call(alice, "POST", COMPLAINTS, complaint("for the register")).body());
        String[] pages = {"/backoffice/cases.xhtml", "/backoffice/complaint.xhtml?ref=" + reference, "/backoffice/home.xhtml"};
        try (Browser staff = new Browser()) {
            // approver.chen, not bo.wang: StaffAccessIT counts bo.wang's record reads.
            staff.openSignedIn(BASE + "/backoffice/", "approver.chen");
            for (String path : pages) {
                page(staff, path);
            }
            openCustomer(staff);
            int register = page(staff, pages[0]);
            int complaintCase = page(staff, pages[1]);
            int home = page(staff, pages[2]);
            int customer = openCustomer(staff);

            for (int i = 0; i < 4; i++) {
                call(alice, "POST", COMPLAINTS, complaint("register " + i));
                call(alice, "POST", COMPLAINTS + "/" + reference + "/messages", "{\"text\":\"Still waiting (" + i + ")\"}");
            }

            assertThat(page(staff, pages[0])).as("case register, four more cases").isEqualTo(register).isLessThanOrEqualTo(6);
            assertThat(page(staff, pages[1])).as("a case, four more messages").isEqualTo(complaintCase).isLessThanOrEqualTo(14);
            assertThat(page(staff, pages[2])).as("staff home, four more cases").isEqualTo(home).isLessThanOrEqualTo(5);
            assertThat(openCustomer(staff)).as("customer 360, four more complaints").isEqualTo(customer).isLessThanOrEqualTo(12);
        }
    }

    /** Customer 360 of alice, opened with a stated purpose (the read is logged, as every staff read is). */
    private static int openCustomer(Browser staff) throws Exception {
        HttpResponse<String> opened = staff.submit(BASE + "/backoffice/customer.xhtml?id=C-0001", "open",
                java.util.Map.of("case", "", "purpose", "statement budget check"), "open");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).as("the record is open").contains("id=\"record\"");
        return statements(opened, "customer 360 opened");
    }

    private static int page(Browser staff, String path) throws Exception {
        HttpResponse<byte[]> response = staff.fetch(BASE + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return statements(response, path);
    }

    private static Counted call(String token, String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Counted(response.statusCode(), response.body(), statements(response, method + " " + url));
    }

    private static int statements(HttpResponse<?> response, String what) {
        String header = response.headers().firstValue("Bonafide-Statements")
                .orElseThrow(() -> new AssertionError(what + " answered without a statement count: is the counter installed?"));
        int count = Integer.parseInt(header);
        System.out.println("[statements] " + count + " " + what);
        return count;
    }

    private static String complaint(String note) {
        return "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\",\"itemReference\":\"A-1001\","
                + "\"description\":\"The counter closed while I waited (" + note + ").\"}";
    }

    private static String reference(String filed) {
        return Json.createReader(new StringReader(filed)).readObject().getString("reference");
    }

    private record Counted(int status, String body, int statements) {
    }
}
