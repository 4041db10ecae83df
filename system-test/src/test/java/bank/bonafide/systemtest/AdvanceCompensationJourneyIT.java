package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.Browser;
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
 * Staff in real browsers: handler.li takes bob's phone complaint about a payment he did not make, sees that the
 * bank cannot prove bob acted, and proposes advance compensation; handler.li cannot approve his own proposal;
 * approver.chen approves it, the fund pays it on time, and the complaint's timeline records the payment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdvanceCompensationJourneyIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return bank.bonafide.systemtest.support.BonafideDeployment.asBuilt();
    }

    @Test
    void aHandlerProposesAdvanceCompensationAndAnotherMemberOfStaffApprovesIt() throws Exception {
        String payout;
        String reference;
        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/complaint-intake.xhtml", "handler.li");
            handler.waitForText(By.tagName("h1"), "Take a phone or counter complaint");
            handler.driver().findElement(By.id("intake:customer")).sendKeys("C-0002");
            new Select(handler.driver().findElement(By.id("intake:channel"))).selectByValue("PHONE");
            new Select(handler.driver().findElement(By.id("intake:category"))).selectByValue("UNAUTHORIZED_TRANSACTION");
            new Select(handler.driver().findElement(By.id("intake:itemKind"))).selectByValue("PAYMENT");
            handler.driver().findElement(By.id("intake:item")).sendKeys("P-" + System.nanoTime() % 1_000_000);
            handler.driver().findElement(By.id("intake:description")).sendKeys("Customer says a transfer of 3,000 yuan was not his.");
            handler.driver().findElement(By.id("intake:file")).click();
            handler.waitForText(By.id("messages"), "Tell the customer the reference");
            reference = handler.driver().findElement(By.id("reference")).getText();
            // The assessment opens and reads identity's disclosure (no record of this payment at all); until then
            // the page says so, and a reload shows the finding.
            handler.waitUntil(d -> {
                if (d.findElements(By.id("finding")).isEmpty() || !d.findElement(By.id("finding")).getText().contains("bank cannot prove")) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            assertThat(handler.driver().findElement(By.id("factors")).getText()).contains("NOT shown: a verification record");

            handler.driver().findElement(By.id("payout:loss")).sendKeys("3000.00");
            handler.driver().findElement(By.id("payout:costs")).sendKeys("120.00");
            handler.driver().findElement(By.id("payout:propose")).click();
            handler.waitForText(By.id("messages"), "Proposed PAY-");
            Matcher m = Pattern.compile("PAY-[A-Z0-9]{10}").matcher(handler.driver().findElement(By.id("messages")).getText());
            assertThat(m.find()).isTrue();
            payout = m.group();
            assertThat(handler.driver().findElement(By.id("messages")).getText()).contains("CNY 3120.00");
            handler.screenshot("compensation-1-proposed");

            handler.driver().get(BASE + "/backoffice/compensation.xhtml");
            handler.waitForText(By.id("waiting"), payout);
            new Select(handler.driver().findElement(By.id("decide:payout"))).selectByValue(payout);
            handler.driver().findElement(By.id("decide:approve")).click();
            handler.waitForText(By.id("messages"), "You proposed this payout");
        }

        try (Browser approver = new Browser()) {
            approver.openSignedIn(BASE + "/backoffice/compensation.xhtml", "approver.chen");
            approver.waitForText(By.id("waiting"), payout);
            new Select(approver.driver().findElement(By.id("decide:payout"))).selectByValue(payout);
            approver.driver().findElement(By.id("decide:approve")).click();
            approver.waitForText(By.id("messages"), payout + ": Approved. Status: paid.");
            assertThat(approver.driver().findElement(By.id("recent")).getText()).contains(payout, "CNY 3120.00", "paid", "yes");
            assertThat(approver.driver().findElement(By.id("utilisation")).getText()).as("the demo fund has its opening contribution")
                    .matches("\\d+\\.\\d%");
            approver.screenshot("compensation-2-paid");
        }
        // The complaint's timeline says the bank paid first (announced by compensation, written by complaints).
        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/complaint.xhtml?ref=" + reference, "handler.li");
            handler.waitUntil(d -> {
                if (!d.findElement(By.id("timeline")).getText().contains("COMPENSATION_PAID")) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            assertThat(handler.driver().findElement(By.id("timeline")).getText()).contains("CNY 3120.00 paid to you (" + payout + ")");
        }
    }
}
