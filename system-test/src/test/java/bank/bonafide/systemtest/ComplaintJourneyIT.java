package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A dispute from filing to decision in real browsers through real Keycloak logins: alice files "a payment I
 * did not make" with a police report (PDF) in the portal and is told her reference and deadline; handler.li
 * acknowledges, asks her for information (the service clock pauses, the regulatory deadline stays), alice
 * answers, handler.li decides with a refund; alice reads the decision; bob cannot open alice's case. Each
 * screen is saved under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintJourneyIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return bank.bonafide.systemtest.support.BonafideDeployment.asBuilt();
    }

    @Test
    void aDisputeIsFiledWithAPoliceReportHandledUnderTheClocksAndDecided() throws Exception {
        Path report = Files.createTempFile("police-report", ".pdf");
        Files.write(report, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path notAPhoto = Files.createTempFile("receipt", ".png");
        Files.write(notAPhoto, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        String payment = "P-" + System.nanoTime() % 1_000_000;
        String reference;
        String deadline;
        try (Browser alice = new Browser()) {
            alice.openSignedIn(BASE + "/portal/file.xhtml", "alice");
            alice.waitForText(By.tagName("h1"), "File a complaint");
            alice.driver().findElement(By.cssSelector("input[name='file:category'][value='UNAUTHORIZED_TRANSACTION']")).click();
            alice.driver().findElement(By.id("file:next1")).click();
            alice.waitForText(By.tagName("body"), "It is not in this list");
            alice.driver().findElement(By.cssSelector("input[name='file:item'][value='OTHER']")).click();
            alice.waitUntil(d -> !d.findElements(By.id("file:otherReference")).isEmpty() && d.findElement(By.id("file:otherReference")).isDisplayed());
            new Select(alice.driver().findElement(By.id("file:otherKind"))).selectByValue("PAYMENT");
            alice.driver().findElement(By.id("file:otherReference")).sendKeys(payment);
            alice.screenshot("portal-1-choose-item");
            alice.driver().findElement(By.id("file:next2")).click();
            alice.waitUntil(d -> !d.findElements(By.id("file:description")).isEmpty());
            alice.driver().findElement(By.id("file:description")).sendKeys("A payment of 4,800 yuan I did not make. My phone was stolen the day before.");
            // A file that is not what its name says is refused with the reason; what she wrote stays.
            alice.driver().findElement(By.id("file:files")).sendKeys(notAPhoto.toString());
            alice.driver().findElement(By.id("file:submit")).click();
            alice.waitForText(By.id("messages"), "is not a PDF, PNG or JPEG document");
            alice.screenshot("portal-2a-file-refused");
            assertThat(alice.driver().findElement(By.id("file:description")).getAttribute("value")).startsWith("A payment of 4,800 yuan");
            alice.driver().findElement(By.id("file:files")).sendKeys(report.toString());
            alice.driver().findElement(By.id("file:submit")).click();
            alice.waitForText(By.id("ack"), "We will decide by");
            alice.screenshot("portal-2-acknowledgement");
            String ack = alice.driver().findElement(By.id("ack")).getText();
            Matcher m = Pattern.compile("CMP-\\d{8}-[A-Z0-9]{6}").matcher(ack);
            assertThat(m.find()).as(ack).isTrue();
            reference = m.group();
            Matcher d = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}").matcher(ack);
            assertThat(d.find()).as(ack).isTrue();
            deadline = d.group();
            assertThat(ack).contains("Payments Disputes Department");
        }

        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/cases.xhtml", "handler.li");
            // The register pages in the database; the reference filter finds the case whatever page it is on.
            handler.driver().findElement(By.cssSelector("[id='cases-form:cases'] thead input.ui-column-filter")).sendKeys(reference);
            handler.waitForText(By.id("cases-form:cases"), reference);
            handler.driver().findElement(By.linkText(reference)).click();
            handler.waitForText(By.id("reference"), reference);
            // Recusal needs to know who took part in the disputed decision: identity's disclosure comes first.
            handler.waitUntil(d -> {
                if (d.findElements(By.id("evidence-found")).isEmpty()) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            assertThat(handler.driver().findElement(By.id("evidence-found")).getText()).contains("NO");
            assertThat(handler.driver().findElement(By.id("attachments")).getText()).contains(".pdf", "application/pdf");
            assertThat(handler.driver().findElement(By.id("deadline")).getText()).startsWith(deadline);
            handler.driver().findElement(By.id("move:acknowledge")).click();
            handler.waitForText(By.id("status"), "acknowledged");
            assertThat(handler.driver().findElement(By.id("assigned")).getText()).isEqualTo("handler.li");
            assertThat(handler.driver().findElement(By.id("workload")).getText()).as("handlers from Keycloak with their open cases")
                    .matches("(?s).*handler\\.li \\d+.*");
            handler.screenshot("backoffice-1-acknowledged");

            handler.driver().findElement(By.id("info:question")).sendKeys("Please send the police case number.");
            handler.driver().findElement(By.id("info:ask")).click();
            handler.waitForText(By.id("status"), "awaiting customer");
            assertThat(handler.driver().findElement(By.id("service-target")).getText()).contains("paused");
            assertThat(handler.driver().findElement(By.id("deadline")).getText()).as("the regulatory clock never pauses").startsWith(deadline);
            assertThat(handler.driver().findElement(By.id("timeline")).getText()).contains("SERVICE_CLOCK_PAUSED", "regulatory deadline unchanged");
            handler.screenshot("backoffice-2-awaiting-customer");
        }

        try (Browser alice = new Browser()) {
            alice.openSignedIn(BASE + "/portal/complaint.xhtml?ref=" + reference, "alice");
            alice.waitForText(By.id("conversation"), "Please send the police case number.");
            alice.driver().findElement(By.id("reply:text")).sendKeys("The police case number is 2025-117.");
            alice.driver().findElement(By.id("reply:send")).click();
            alice.waitForText(By.id("conversation"), "2025-117");
            alice.screenshot("portal-3-answered");
        }

        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/complaint.xhtml?ref=" + reference, "handler.li");
            handler.waitForText(By.id("status"), "under investigation");
            assertThat(handler.driver().findElement(By.id("service-target")).getText()).doesNotContain("paused");
            handler.driver().findElement(By.id("decide:reasons")).sendKeys("The bank cannot show that you made this payment. We refund it in full.");
            handler.driver().findElement(By.id("decide:amount")).sendKeys("4800.00");
            handler.driver().findElement(By.id("decide:due")).sendKeys(java.time.LocalDate.now().plusDays(3).toString());
            handler.driver().findElement(By.id("decide:decide-button")).click();
            handler.waitForText(By.id("status"), "decided");
            handler.screenshot("backoffice-3-decided");
        }

        try (Browser alice = new Browser()) {
            alice.openSignedIn(BASE + "/portal/complaint.xhtml?ref=" + reference, "alice");
            alice.waitForText(By.id("decision"), "cannot show that you made this payment");
            assertThat(alice.driver().findElement(By.id("decision")).getText()).contains("4800.00", java.time.LocalDate.now().plusDays(3).toString());
            assertThat(alice.driver().getPageSource()).as("staff names stay inside the bank").doesNotContain("handler.li");
            alice.screenshot("portal-4-decision");
        }

        try (Browser bob = new Browser()) {
            bob.openSignedIn(BASE + "/portal/complaint.xhtml?ref=" + reference, "bob");
            bob.waitForText(By.tagName("h1"), "We cannot find this page");
            assertThat(bob.driver().getPageSource()).doesNotContain("4,800").doesNotContain("police");
            bob.screenshot("portal-5-other-customer");
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(notAPhoto);
        }
    }
}
