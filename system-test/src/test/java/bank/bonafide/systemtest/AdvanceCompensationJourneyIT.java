package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.Browser;
import bank.bonafide.systemtest.support.PhoneComplaints;
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
            reference = PhoneComplaints.takeDisputedPayment(handler, BASE, "handler.li", "C-0002",
                    "Customer says a transfer of 3,000 yuan was not his.");
            // The assessment opens and reads identity's disclosure (no record of this payment at all); until then
            // the page says so, and a reload shows the finding.
            PhoneComplaints.awaitBankCannotProve(handler);
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
            // The payout register pages in the database (the demo set has dozens); its reference filter finds this one.
            By rows = By.cssSelector("[id='payout-register:payouts'] tbody tr");
            assertThat(approver.driver().findElements(rows)).as("a page of 25, newest first").hasSize(25);
            approver.driver().findElement(By.cssSelector("[id='payout-register:payouts'] thead input.ui-column-filter")).sendKeys(payout);
            approver.waitUntil(d -> d.findElements(rows).size() == 1);
            assertThat(approver.driver().findElement(rows).getText()).contains(payout, "CNY 3120.00", "paid", "yes");
            assertThat(approver.driver().findElement(By.id("utilisation")).getText()).as("the demo fund has its opening contribution")
                    .matches("\\d+\\.\\d%");
            assertThat(approver.driver().findElement(By.id("timely")).getText()).matches("\\d+\\.\\d% \\(\\d+ on time, \\d+ late\\)");
            assertThat(approver.driver().findElement(By.id("paid-amounts")).getText()).contains("CNY ");
            approver.screenshot("compensation-2-paid");

            // Recovery from the fraudster: claimed against the paid payout, what comes back goes into the fund.
            approver.driver().findElement(By.id("recovery-open:payout")).sendKeys(payout);
            new Select(approver.driver().findElement(By.id("recovery-open:against"))).selectByValue("FRAUDSTER");
            approver.driver().findElement(By.id("recovery-open:counterparty")).sendKeys("unknown payee, police case HZ-2026-117");
            approver.driver().findElement(By.id("recovery-open:amount")).sendKeys("3120.00");
            approver.driver().findElement(By.id("recovery-open:open")).click();
            approver.waitForText(By.id("messages"), "Recovery case opened. Recovered CNY 0.00 of CNY 3120.00.");
            String recovery = approver.driver().findElement(By.id("messages")).getText().substring(0, 14);
            new Select(approver.driver().findElement(By.id("recovery-step:recovery"))).selectByValue(recovery);
            approver.driver().findElement(By.id("recovery-step:received")).sendKeys("5000.00");
            approver.driver().findElement(By.id("recovery-step:record")).click();
            approver.waitForText(By.id("messages"), "at most the CNY 3120.00 outstanding");
            new Select(approver.driver().findElement(By.id("recovery-step:recovery"))).selectByValue(recovery);
            approver.driver().findElement(By.id("recovery-step:received")).clear();
            approver.driver().findElement(By.id("recovery-step:received")).sendKeys("1000.00");
            approver.driver().findElement(By.id("recovery-step:record")).click();
            approver.waitForText(By.id("messages"), recovery + ": Received; back in the fund. Recovered CNY 1000.00 of CNY 3120.00.");
            assertThat(approver.driver().findElement(By.id("recoveries")).getText()).contains(recovery, payout, "fraudster");
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

    /**
     * bo.wang takes a phone complaint about a transfer, concludes that someone else acted (the bank cannot prove
     * otherwise), runs the fraud playbook on the case page and drafts the decision letter from the assessment.
     */
    @Test
    void aBackOfficeMemberConcludesTheAssessmentAndRunsTheFraudPlaybookFromTheCasePage() throws Exception {
        try (Browser staff = new Browser()) {
            PhoneComplaints.takeDisputedPayment(staff, BASE, "bo.wang", "C-0002", "Customer says a transfer of 800 yuan was not his.");
            staff.waitUntil(d -> {
                if (d.findElements(By.id("conclude:finding")).isEmpty()) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            new Select(staff.driver().findElement(By.id("conclude:finding"))).selectByValue("GROSS_NEGLIGENCE");
            staff.driver().findElement(By.id("conclude:cited")).sendKeys("he kept his password in his phone's notes");
            staff.driver().findElement(By.id("conclude:conclude")).click();
            staff.waitForText(By.id("messages"), "cannot be found against it (CN-18, EU-02)");

            new Select(staff.driver().findElement(By.id("conclude:finding"))).selectByValue("BANK_CANNOT_PROVE");
            staff.driver().findElement(By.id("conclude:thirdParty")).click();
            staff.driver().findElement(By.id("conclude:cited")).clear();
            staff.driver().findElement(By.id("conclude:cited")).sendKeys("a stranger on the terminal video; the payee account was opened the day before");
            staff.driver().findElement(By.id("conclude:conclude")).click();
            staff.waitForText(By.id("messages"), "Assessment concluded: bank cannot prove; someone else acted");
            assertThat(staff.driver().findElement(By.id("conclusion")).getText())
                    .contains("Concluded by bo.wang", "someone else acted in the customer's name", "a stranger on the terminal video");

            staff.driver().findElement(By.id("fraud-open:confirmed")).click();
            staff.driver().findElement(By.id("fraud-open:open")).click();
            staff.waitForText(By.id("messages"), "Fraud case open, confirmed.");
            staff.driver().findElement(By.id("police-form:report")).sendKeys("HZ-2026-117");
            staff.driver().findElement(By.id("police-form:station")).sendKeys("Xihu public security bureau");
            staff.driver().findElement(By.id("police-form:reported")).sendKeys("2026-03-01 16:30");
            staff.driver().findElement(By.id("police-form:record-police")).click();
            staff.waitForText(By.id("police"), "HZ-2026-117, Xihu public security bureau, 2026-03-01 16:30");

            String account = "A-F" + System.nanoTime() % 1_000_000;
            staff.driver().findElement(By.id("freeze-form:refs")).clear();
            staff.driver().findElement(By.id("freeze-form:refs")).sendKeys(account);
            staff.driver().findElement(By.id("freeze-form:freeze-reason")).sendKeys("the payee account was opened with his stolen ID card");
            staff.driver().findElement(By.id("freeze-form:freeze")).click();
            staff.waitForText(By.id("frozen"), account);

            staff.driver().findElement(By.id("preserve-form:item")).sendKeys("terminal video, branch 0571 counter 3, 2026-03-01 14:00-15:00");
            staff.driver().findElement(By.id("preserve-form:holder")).sendKeys("branch 0571");
            staff.driver().findElement(By.id("preserve-form:due")).sendKeys("2099-01-01 09:00");
            staff.driver().findElement(By.id("preserve-form:preserve")).click();
            staff.waitForText(By.id("preservations"), "branch 0571");
            assertThat(staff.driver().findElement(By.id("preservations")).getText()).contains("requested");

            String nobody = "nobody-" + System.nanoTime() % 1_000_000;
            staff.driver().findElement(By.id("block-form:login")).sendKeys(nobody);
            staff.driver().findElement(By.id("block-form:block-reason")).sendKeys("the fraudster's login");
            staff.driver().findElement(By.id("block-form:block")).click();
            staff.driver().switchTo().alert().accept();
            staff.waitForText(By.id("messages"), "No login is called " + nobody);
            assertThat(staff.driver().findElement(By.id("blocked")).getText()).isEqualTo("none");

            staff.driver().findElement(By.id("move:acknowledge")).click();
            staff.waitForText(By.id("messages"), "Acknowledged");
            staff.driver().findElement(By.id("move:investigate")).click();
            staff.waitForText(By.id("messages"), "Under investigation");
            staff.driver().findElement(By.id("decide:draft")).click();
            staff.waitUntil(d -> d.findElement(By.id("decide:reasons")).getAttribute("value").startsWith("Finding: bank cannot prove."));
            assertThat(staff.driver().findElement(By.id("decide:reasons")).getAttribute("value"))
                    .contains("Evidence: a stranger on the terminal video", "NOT shown: a verification record");
            staff.screenshot("compensation-3-fraud-playbook");
        }
    }
}
