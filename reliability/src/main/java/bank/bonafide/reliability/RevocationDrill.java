package bank.bonafide.reliability;

import bank.bonafide.reliability.ApiCaller.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * R6: a customer signed in twice (the mobile app's access and refresh token, a portal session) is blocked for fraud by
 * back-office staff on the case screen, as the fraud playbook does it. Within one second of the block the app's old
 * access token is refused by the channel API, the portal session no longer shows her pages, her refresh token gets
 * nothing more from Keycloak, and she cannot sign in again. Then a second login of the drill's is guessed at: after
 * {@value #GUESSES} wrong passwords Keycloak refuses even the right one (the realm's brute-force protection).
 *
 * <p>The customer is the drill's own, created through Keycloak's admin API and deleted afterwards, so that no demo
 * login stays blocked for the drills after it.
 */
final class RevocationDrill {

    /** The bound: how soon after the block her sessions must have ended. */
    static final long LIMIT_MILLIS = 1_000;
    /** Keycloak locks a login after this many wrong passwords (realm failureFactor). */
    static final int GUESSES = 5;

    private final Suite suite;
    private final ApiCaller api;

    RevocationDrill(Suite suite) {
        this.suite = suite;
        this.api = new ApiCaller(suite);
    }

    Verdict run() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        String username = "r6-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        String customerId = "C-9" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        KeycloakAdmin admin = new KeycloakAdmin(suite.realmUrl());
        String userId = admin.createCustomer(username, password, customerId);
        try {
            JsonObject app = passwordGrant(username, password);
            String token = app.getString("access_token");
            Answer filed = api.send(token, "POST", "complaints", "{\"category\":\"UNAUTHORIZED_TRANSACTION\",\"itemKind\":\"PAYMENT\","
                    + "\"itemReference\":\"PAY-R6\",\"description\":\"Reliability R6: someone used my account.\"}");
            if (filed.status() != 201) {
                throw new IllegalStateException("the customer could not file her complaint: " + filed.describe());
            }
            String complaint = Json.createReader(new StringReader(filed.body())).readObject().getString("reference");
            WebSession portal = new WebSession();
            HttpResponse<String> home = portal.signIn(suite.bonafideUrl() + "/portal/", username, password);
            boolean portalBefore = home.statusCode() == 200 && !WebSession.signedOut(portal.get(suite.bonafideUrl() + "/portal/"));
            boolean apiBefore = api.send(token, "GET", "complaints", null).ok();
            figures.put("signed in before the block (app, portal)", apiBefore + ", " + portalBefore);
            if (!apiBefore || !portalBefore) {
                problems.add("the customer was not signed in before the block: nothing to revoke");
            }

            WebSession staff = new WebSession();
            String page = suite.bonafideUrl() + "/backoffice/complaint.xhtml?ref=" + complaint;
            staff.signIn(page, "bo.wang", "bo.wang-demo");
            staff.submit(page, "fraud-open", Map.of("confirmed", "on"), "open");
            HttpResponse<String> blocked = staff.submit(page, "block-form", Map.of("login", username, "block-reason",
                    "Reliability R6: account taken over"), "block");
            long blockAnswered = System.nanoTime();

            Answer apiAfter = api.send(token, "GET", "complaints", null);
            long apiRefusedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - blockAnswered);
            HttpResponse<String> portalAfter = portal.get(suite.bonafideUrl() + "/portal/");
            long portalEndedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - blockAnswered);
            int refresh = tokenStatus("grant_type=refresh_token&client_id=bonafide-channel&refresh_token="
                    + URLEncoder.encode(app.getString("refresh_token"), StandardCharsets.UTF_8));
            int newLogin = suite.signInStatus(username, password);
            // Stays refused: a block that wore off after a moment would be no block.
            Thread.sleep(1_500);
            Answer apiLater = api.send(token, "GET", "complaints", null);

            boolean recorded = blocked.body().contains(username) && admin.disabled(userId);
            figures.put("block shown on the case and login disabled at Keycloak", recorded);
            figures.put("old access token at the API", apiAfter.status() + " after " + apiRefusedAfter + " ms; " + apiLater.status() + " 1.5 s later");
            figures.put("portal session", (WebSession.signedOut(portalAfter) ? "ended" : "still open (" + portalAfter.statusCode() + ")")
                    + " after " + portalEndedAfter + " ms");
            figures.put("refresh token at Keycloak", refresh);
            figures.put("new sign-in at Keycloak", newLogin);
            if (!recorded) {
                problems.add("the block was not confirmed on the case screen or Keycloak still has the login enabled ("
                        + blocked.statusCode() + ")");
            }
            if (apiAfter.status() != 401 || apiLater.status() != 401 || apiRefusedAfter > LIMIT_MILLIS) {
                problems.add("the old access token was not refused at once: " + apiAfter.describe() + " / " + apiLater.status());
            }
            if (!WebSession.signedOut(portalAfter) || portalEndedAfter > LIMIT_MILLIS) {
                problems.add("the portal session did not end within " + LIMIT_MILLIS + " ms: " + portalAfter.statusCode());
            }
            if (refresh / 100 == 2 || newLogin / 100 == 2) {
                problems.add("Keycloak still issues tokens: refresh " + refresh + ", sign-in " + newLogin);
            }
        } finally {
            admin.delete(userId);
        }
        guessing(admin, figures, problems);
        return new Verdict("R6", "a fraud block ends a signed-in customer's sessions and tokens; password guessing locks the login",
                figures, problems);
    }

    /** After {@value #GUESSES} wrong passwords even the right one is refused for a while. */
    private void guessing(KeycloakAdmin admin, Map<String, Object> figures, List<String> problems) throws Exception {
        String username = "r6-guess-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        String userId = admin.createCustomer(username, password, "C-9" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        try {
            int refused = 0;
            for (int i = 0; i < GUESSES; i++) {
                refused += suite.signInStatus(username, "guess-" + i) == 200 ? 0 : 1;
            }
            int rightPassword = suite.signInStatus(username, password);
            figures.put("wrong passwords refused", refused + " of " + GUESSES);
            figures.put("right password after them", rightPassword == 200 ? "accepted" : "refused (" + rightPassword + ")");
            if (refused != GUESSES || rightPassword == 200) {
                problems.add("password guessing does not lock the login: " + refused + " of " + GUESSES
                        + " guesses refused, the right password then answered " + rightPassword);
            }
        } finally {
            admin.delete(userId);
        }
    }

    private JsonObject passwordGrant(String username, String password) throws Exception {
        HttpResponse<String> answer = suite.tokenRequest("grant_type=password&client_id=bonafide-channel&username=" + username
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the drill's customer cannot sign in: " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private int tokenStatus(String form) throws Exception {
        return suite.tokenRequest(form).statusCode();
    }
}
