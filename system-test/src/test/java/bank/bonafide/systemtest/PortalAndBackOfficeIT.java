package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.Browser;
import bank.bonafide.systemtest.support.Keycloak;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The slice as people see it, in a real browser through real Keycloak logins: alice files "an account
 * was opened in my name" in the portal, a complaint handler sees the case in the back office, and alice
 * is refused the back office. Uses the demo customer alice and her seed case (A-1001); no other test
 * touches her data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAndBackOfficeIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return bank.bonafide.systemtest.support.BonafideDeployment.asBuilt();
    }

    @Test
    void customerFilesInThePortalAndStaffSeeTheCaseWhileCustomersAreKeptOutOfTheBackOffice() throws Exception {
        String reference;
        try (Browser alice = new Browser()) {
            alice.openSignedIn(BASE + "/portal/", "alice");
            alice.waitForText(By.id("customer-name"), "Alice");
            assertThat(alice.driver().getCurrentUrl()).as("code and state are not left in the address bar")
                    .doesNotContain("code=").doesNotContain("state=");

            alice.driver().findElement(By.id("file-link")).click();
            alice.waitForText(By.tagName("h1"), "File a complaint");
            alice.driver().findElement(By.cssSelector("input[name='file:category'][value='ACCOUNT_OPENED_WITHOUT_ME']")).click();
            alice.driver().findElement(By.id("file:next1")).click();
            // Her own items are offered: the account opened in her name is one of them.
            alice.waitUntil(d -> !d.findElements(By.cssSelector("input[name='file:item'][value='ACCOUNT:A-1001']")).isEmpty());
            alice.driver().findElement(By.cssSelector("input[name='file:item'][value='ACCOUNT:A-1001']")).click();
            alice.driver().findElement(By.id("file:next2")).click();
            alice.waitUntil(d -> !d.findElements(By.id("file:description")).isEmpty());
            alice.driver().findElement(By.id("file:description"))
                    .sendKeys("My ID card was stolen in October 2019. I never opened this account.");
            alice.driver().findElement(By.id("file:submit")).click();

            alice.waitForText(By.id("ack"), "We will decide by");
            Matcher m = Pattern.compile("CMP-\\d{8}-[A-Z0-9]{6}").matcher(alice.driver().findElement(By.id("ack")).getText());
            assertThat(m.find()).isTrue();
            reference = m.group();
            alice.driver().get(BASE + "/portal/");
            alice.waitForText(By.id("mine"), reference);
            assertThat(alice.driver().findElement(By.id("mine")).getText()).contains(reference, "A-1001");

            // The same list in Chinese.
            alice.driver().findElement(By.id("lang-zh")).click();
            alice.waitForText(By.tagName("h1"), "我的投诉");
            assertThat(alice.driver().findElement(By.id("mine")).getText()).contains(reference);
            alice.screenshot("portal-zh-my-complaints");
            alice.driver().findElement(By.id("lang-en")).click();
            alice.waitForText(By.tagName("h1"), "My complaints");

            alice.driver().get(BASE + "/backoffice/");
            alice.waitForText(By.tagName("h1"), "No access to this page");
        }

        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/", "handler.li");
            handler.waitForText(By.id("staff-name"), "handler.li");
            handler.waitForText(By.tagName("h1"), "My work");
            handler.driver().findElement(By.id("nav-cases")).click();
            handler.waitForText(By.id("cases-form:cases"), reference);
            assertThat(handler.driver().findElement(By.id("cases-form:cases")).getText())
                    .contains(reference, "account opened without me", "A-1001", "C-0001");

            handler.driver().get(BASE + "/portal/");
            handler.waitForText(By.tagName("h1"), "This page is for customers");
        }
    }

    @Test
    void aCustomerGivesAndWithdrawsFaceConsentAndReportsALostCardInThePortal() throws Exception {
        try (Browser bob = new Browser()) {
            bob.openSignedIn(BASE + "/portal/face.xhtml", "bob");
            bob.waitForText(By.tagName("h1"), "Face verification");
            assertThat(bob.driver().findElement(By.id("notice-text")).getText())
                    .contains("Purpose:", "30 days", "withdraw at any time", "without your face");
            bob.driver().findElement(By.id("give:give-button")).click();
            bob.waitForText(By.id("messages"), "Tick the box");
            bob.driver().findElement(By.id("give:agree")).click();
            bob.driver().findElement(By.id("give:give-button")).click();
            bob.waitForText(By.id("messages"), "Your consent is recorded");
            assertThat(bob.driver().findElement(By.id("faces-kept")).getText()).isEqualTo("0");

            bob.driver().findElement(By.id("withdraw:withdraw-button")).click();
            bob.waitForText(By.id("messages"), "Your consent is withdrawn and 0 face records were deleted");
            assertThat(bob.driver().findElement(By.id("notice-text")).isDisplayed()).as("consent can be given again").isTrue();

            // Bob's card is stolen: he reports it in the portal and sees it only masked.
            String card = "35010219800101" + (1000 + System.nanoTime() % 9000);
            bob.driver().get(BASE + "/portal/lost-id.xhtml");
            bob.waitForText(By.tagName("h1"), "Report a lost ID card");
            bob.driver().findElement(By.id("report:submit")).click();
            bob.waitForText(By.id("messages"), "Enter the number of the lost ID card");
            bob.driver().findElement(By.id("report:number")).sendKeys(card);
            bob.driver().findElement(By.id("report:submit")).click();
            bob.waitForText(By.id("messages"), "Reported: document 3501**********" + card.substring(14));
            assertThat(bob.driver().findElement(By.id("reports")).getText()).contains("3501**********" + card.substring(14));
            assertThat(bob.driver().getPageSource()).doesNotContain(card);
        }
    }

    @Test
    void aReviewShowsTheApplicantMaskedAndNeedsASecondPersonToOverride() throws Exception {
        // A terminal opening whose carrier and registry checks cannot answer: the decision goes to a person.
        String customer = "C-R" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String phone = "+86137" + (10_000_000 + System.nanoTime() % 89_999_999L);
        String body = "{\"purpose\":\"ACCOUNT_OPENING\",\"channel\":\"STM\",\"terminalId\":\"STM-0107\",\"customerId\":\"" + customer + "\","
                + "\"subjectReference\":\"A-" + customer + "\",\"applicant\":{\"name\":\"Wang Fang\",\"idDocumentNumber\":\"110101199001014321\","
                + "\"phoneNumber\":\"" + phone + "\"},\"channelFactors\":{\"oneTimeCodeMatched\":true,\"paymentPasswordMatched\":true}}";
        java.net.http.HttpResponse<String> decided = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/channel-api/api/verifications"))
                        .header("Authorization", "Bearer " + Keycloak.terminalToken().orElseThrow())
                        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(decided.body()).contains("\"outcome\":\"REVIEW\"");

        try (Browser maker = new Browser()) {
            maker.openSignedIn(BASE + "/backoffice/reviews.xhtml", "bo.wang");
            maker.waitForText(By.tagName("h1"), "Identity reviews");
            org.openqa.selenium.WebElement row = waitingCaseOf(maker, customer);
            assertThat(row.getText()).contains("W*** F***", "1101**********4321").doesNotContain("110101199001014321");
            row.findElement(By.className("open-case")).click();
            maker.waitForText(By.id("masked-applicant"), "1101**********4321");
            assertThat(maker.driver().getPageSource()).as("ID number and phone only masked")
                    .doesNotContain("110101199001014321").doesNotContain(phone);
            assertThat(maker.driver().findElement(By.id("to-check")).getText()).contains("carrier could not confirm the phone");
            assertThat(maker.driver().findElement(By.id("evidence")).getText()).contains("KycMatch", "NOT_AVAILABLE", "STM-0107");

            maker.driver().findElement(By.cssSelector("input[value='APPROVED']")).click();
            maker.driver().findElement(By.id("propose:reason")).sendKeys("Original ID card inspected at the branch; carrier confirmed by phone.");
            maker.driver().findElement(By.id("propose:propose-button")).click();
            maker.waitForText(By.id("messages"), "A second person must confirm it");
            assertThat(maker.driver().findElement(By.id("own-proposal")).getText()).contains("another person must confirm");
            assertThat(maker.driver().findElements(By.id("check:confirm-button"))).as("the maker cannot check").isEmpty();

            // A customer calls: staff report the card lost for them; the screen shows it only masked.
            String card = "11010119900101" + (1000 + System.nanoTime() % 9000);
            maker.driver().get(BASE + "/backoffice/lost-ids.xhtml");
            maker.waitForText(By.tagName("h1"), "Lost ID cards");
            maker.driver().findElement(By.id("report:customer")).sendKeys(customer);
            maker.driver().findElement(By.id("report:number")).sendKeys(card);
            maker.driver().findElement(By.id("report:submit")).click();
            maker.waitForText(By.id("messages"), "Reported for " + customer + ": document 1101**********" + card.substring(14));
            assertThat(maker.driver().findElement(By.id("reports")).getText()).contains("staff:bo.wang");
            assertThat(maker.driver().getPageSource()).doesNotContain(card);
        }
        try (Browser checker = new Browser()) {
            checker.openSignedIn(BASE + "/backoffice/reviews.xhtml", "compliance.zhao");
            checker.waitForText(By.tagName("h1"), "Identity reviews");
            waitingCaseOf(checker, customer).findElement(By.className("open-case")).click();
            checker.waitForText(By.id("proposal-text"), "APPROVED proposed by bo.wang");
            checker.driver().findElement(By.id("check:confirm-button")).click();
            checker.waitForText(By.id("messages"), "the decision is now APPROVED, sealed with both names");
        }
        try (Browser outsider = new Browser()) {
            outsider.openSignedIn(BASE + "/backoffice/reviews.xhtml", "bob");
            outsider.waitForText(By.tagName("h1"), "No access to this page");
        }
    }

    private static void load(Browser admin, String json) {
        admin.driver().findElement(By.id("load-form:file")).clear();
        admin.driver().findElement(By.id("load-form:file")).sendKeys("eu-psd2-v2.json");
        ((org.openqa.selenium.JavascriptExecutor) admin.driver()).executeScript("arguments[0].value = arguments[1];",
                admin.driver().findElement(By.id("load-form:json")), json);
        admin.driver().findElement(By.id("load-form:load")).click();
    }

    @Test
    void complianceReadsTheRulePacksWithTheirSourcesAndOtherStaffCannot() throws Exception {
        try (Browser compliance = new Browser()) {
            compliance.openSignedIn(BASE + "/backoffice/rulepacks.xhtml", "compliance.zhao");
            compliance.waitForText(By.tagName("h1"), "Rule packs");
            assertThat(compliance.driver().findElement(By.id("packs-form:packs")).getText())
                    .contains("CN-2019", "CN-CURRENT", "EU-PSD2", "US-REG-E", "UK-PSR-APP", "2020-03-01");
            assertThat(compliance.driver().findElement(By.id("packs-form:values")).getText())
                    .contains("complaintDecision", "CN-14", "appReimbursementCap", "85000.00 GBP", "UK-01",
                            "faceOnlyAllowed: false", "advanceCompensation");
            assertThat(compliance.driver().findElements(By.id("load-form"))).as("only an admin may load packs").isEmpty();
        }
        try (Browser admin = new Browser()) {
            admin.openSignedIn(BASE + "/backoffice/rulepacks.xhtml", "admin.sun");
            String pack = new String(getClass().getResourceAsStream("/rulepacks/eu-psd2.json").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            load(admin, pack.replace("\"version\": 1", "\"version\": 2").replace("2018-01-13", "2099-01-01")
                    .replace("\"source\": \"EU-04\"", "\"source\": \"EU-4\""));
            admin.waitForText(By.id("messages"), "Not loaded: upload:eu-psd2-v2.json: amounts.payerLiabilityCap.source: must cite a rule id");

            load(admin, pack.replace("\"version\": 1", "\"version\": 2").replace("2018-01-13", "2099-01-01"));
            admin.waitForText(By.id("messages"), "EU-PSD2 v2 loaded; in force from 2099-01-01");
            assertThat(admin.driver().findElement(By.id("packs-form:packs")).getText())
                    .as("version 1 stays in force until version 2 starts").contains("2099-01-01");
        }
        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/rulepacks.xhtml", "handler.li");
            handler.waitForText(By.tagName("h1"), "No access to this page");
        }
    }

    @Test
    void anAdminDefinesALoanProductAndStaffReadLoansWithTheAccountMasked() throws Exception {
        String code = "SEL-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        try (Browser admin = new Browser()) {
            admin.openSignedIn(BASE + "/backoffice/products.xhtml", "admin.sun");
            admin.waitForText(By.tagName("h1"), "Loan products");
            assertThat(admin.driver().findElement(By.id("products")).getText()).contains("CASH-12", "4.35 %", "ANNUITY");
            fill(admin, "product:code", code);
            fill(admin, "product:name", "Browser test loan");
            fill(admin, "product:min", "1000");
            fill(admin, "product:max", "50000");
            fill(admin, "product:minTerm", "6");
            fill(admin, "product:maxTerm", "24");
            fill(admin, "product:rate", "5");
            admin.driver().findElement(By.id("product:save")).click();
            admin.waitForText(By.id("messages"), "Not saved: annual rate: a fraction from 0 to 1");
            fill(admin, "product:rate", "0.05");
            admin.driver().findElement(By.id("product:save")).click();
            admin.waitForText(By.id("messages"), "Product " + code + " saved");
            assertThat(admin.driver().findElement(By.id("products")).getText()).contains(code, "Browser test loan", "5 %");
        }
        try (Browser staff = new Browser()) {
            staff.openSignedIn(BASE + "/backoffice/products.xhtml", "bo.wang");
            staff.waitForText(By.tagName("h1"), "No access to this page");
            staff.driver().get(BASE + "/backoffice/loans.xhtml?loan=L-2001&purpose=customer%20call%20about%20her%20loan");
            staff.waitForText(By.tagName("h1"), "Loans");
            String detail = staff.driver().findElement(By.id("detail")).getText();
            assertThat(detail).contains("L-2001", "C-0001", "A-**01", "CNY 11300.00").doesNotContain("A-1001");
            assertThat(staff.driver().findElement(By.id("queue")).getText()).contains("Application", "Status");

            // Bob at the branch: with his signed credit-report consent the application is on offer, without it refused.
            fill(staff, "apply:customer", "C-0002");
            fill(staff, "apply:account", "A-1002");
            new org.openqa.selenium.support.ui.Select(staff.driver().findElement(By.id("apply:product"))).selectByValue("CASH-12");
            fill(staff, "apply:amount", "15000");
            fill(staff, "apply:term", "12");
            staff.driver().findElement(By.id("apply:consent")).click();
            staff.driver().findElement(By.id("apply:submit")).click();
            staff.waitForText(By.id("messages"), "for C-0002: offered");
            assertThat(staff.driver().findElement(By.id("queue")).getText()).contains("C-0002", "A-**02", "CNY 15000.00")
                    .doesNotContain("A-1002");
            fill(staff, "apply:customer", "C-0002");
            fill(staff, "apply:account", "A-1002");
            fill(staff, "apply:amount", "15000");
            fill(staff, "apply:term", "12");
            staff.driver().findElement(By.id("apply:submit")).click();
            staff.waitForText(By.id("messages"), "refused — no credit-report consent for this application");
            staff.driver().get(BASE + "/backoffice/loans.xhtml?loan=L-NOPE&purpose=test");
            staff.waitForText(By.id("not-found"), "No loan has this reference.");
        }
    }

    private static void fill(Browser browser, String id, String value) {
        browser.driver().findElement(By.id(id)).clear();
        browser.driver().findElement(By.id(id)).sendKeys(value);
    }

    /** The review table pages in the database; its customer filter finds the case however many others wait. */
    private static org.openqa.selenium.WebElement waitingCaseOf(Browser staff, String customer) {
        By rows = By.cssSelector("[id='review-register:waiting'] tbody tr");
        staff.driver().findElement(By.cssSelector("[id='review-register:waiting'] thead input.ui-column-filter")).sendKeys(customer);
        staff.waitUntil(d -> d.findElements(rows).size() == 1 && d.findElement(rows).getText().contains(customer));
        return staff.driver().findElement(rows);
    }
}
