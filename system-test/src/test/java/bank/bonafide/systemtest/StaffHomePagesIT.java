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
import org.openqa.selenium.WebDriver;

/**
 * Each role's home page in a real browser through its real Keycloak login (the demo staff hold the realm's roles:
 * handler.li, approver.chen and admin.sun also hold BACK_OFFICE): handler.li takes a phone complaint, acknowledges
 * it (so it is hers) and proposes a payout; she sees the case under "assigned to me" and not her own payout to
 * approve; approver.chen and bo.wang see the payout; compliance.zhao sees alerts and deadlines but no payouts;
 * admin.sun sees alerts and the admin pages. Each home page is saved under target/screenshots, one in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffHomePagesIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return bank.bonafide.systemtest.support.BonafideDeployment.asBuilt();
    }

    @Test
    void everyRoleLandsOnItsOwnWork() throws Exception {
        String reference;
        String payout;
        try (Browser handler = new Browser()) {
            reference = PhoneComplaints.takeDisputedPayment(handler, BASE, "handler.li", "C-0002",
                    "Customer says a transfer of 800 yuan was not his.");
            PhoneComplaints.awaitBankCannotProve(handler);
            handler.driver().findElement(By.id("move:acknowledge")).click();
            handler.waitForText(By.id("status"), "acknowledged");
            handler.driver().findElement(By.id("payout:loss")).sendKeys("800.00");
            handler.driver().findElement(By.id("payout:propose")).click();
            handler.waitForText(By.id("messages"), "Proposed PAY-");
            Matcher m = Pattern.compile("PAY-[A-Z0-9]{10}").matcher(handler.driver().findElement(By.id("messages")).getText());
            assertThat(m.find()).isTrue();
            payout = m.group();

            handler.driver().get(BASE + "/backoffice/");
            handler.waitForText(By.tagName("h1"), "My work");
            assertThat(text(handler, "assigned")).contains(reference);
            assertThat(Integer.parseInt(text(handler, "assigned-count"))).isGreaterThanOrEqualTo(1);
            // handler.li also holds BACK_OFFICE, so she checks payouts, but never her own.
            assertThat(text(handler, "to-approve")).doesNotContain(payout);
            assertThat(shown(handler, "near-breach")).isTrue();
            assertThat(shown(handler, "compliance")).as("alerts are for compliance").isFalse();
            assertThat(handler.driver().findElements(By.id("nav-products"))).as("admin pages are not offered").isEmpty();
            handler.screenshot("home-complaint-handler");
            handler.driver().findElement(By.id("lang-zh")).click();
            handler.waitForText(By.tagName("h1"), "我的工作");
            assertThat(text(handler, "assigned")).contains("分配给我的投诉", reference);
            handler.screenshot("home-complaint-handler-zh");
            handler.driver().findElement(By.linkText(reference)).click();
            handler.waitForText(By.tagName("h1"), "投诉 " + reference);
            assertThat(handler.driver().findElement(By.tagName("body")).getText()).contains("时间线", "责任认定与先行赔付", "监管期限");
            assertThat(handler.driver().findElement(By.id("status")).getText()).as("statuses read in Chinese too").isEqualTo("已确认受理");
            // A refusal the complaints module writes reads in the page's language too.
            handler.driver().findElement(By.id("assign:handler")).sendKeys("not a user name!");
            handler.driver().findElement(By.id("assign:assign-button")).click();
            handler.waitForText(By.id("messages"), "请按用户名选择经办人。");
            handler.screenshot("complaint-case-zh");
            handler.driver().findElement(By.id("lang-en")).click();
            handler.waitForText(By.tagName("h1"), "Complaint " + reference);
        }

        try (Browser approver = new Browser()) {
            approver.openSignedIn(BASE + "/backoffice/", "approver.chen");
            approver.waitForText(By.tagName("h1"), "My work");
            assertThat(text(approver, "to-approve")).contains(payout, "handler.li");
            assertThat(shown(approver, "assigned")).as("no complaints are assigned to an approver").isFalse();
            assertThat(shown(approver, "compliance")).isFalse();
            approver.screenshot("home-compensation-approver");
        }

        try (Browser backOffice = new Browser()) {
            backOffice.openSignedIn(BASE + "/backoffice/", "bo.wang");
            backOffice.waitForText(By.tagName("h1"), "My work");
            assertThat(shown(backOffice, "review-queue")).isTrue();
            assertThat(shown(backOffice, "assigned")).isFalse();
            assertThat(text(backOffice, "to-approve")).contains(payout);
            assertThat(text(backOffice, "near-breach")).contains("Deadlines close to breach");
            assertThat(shown(backOffice, "compliance")).isFalse();
            backOffice.screenshot("home-back-office");
        }

        try (Browser compliance = new Browser()) {
            compliance.openSignedIn(BASE + "/backoffice/", "compliance.zhao");
            compliance.waitForText(By.tagName("h1"), "My work");
            assertThat(shown(compliance, "compliance")).isTrue();
            assertThat(shown(compliance, "near-breach")).isTrue();
            assertThat(shown(compliance, "to-approve")).isFalse();
            assertThat(shown(compliance, "assigned")).isFalse();
            assertThat(compliance.driver().findElements(By.id("nav-alerts"))).isNotEmpty();
            compliance.screenshot("home-compliance-officer");
        }

        try (Browser admin = new Browser()) {
            admin.openSignedIn(BASE + "/backoffice/", "admin.sun");
            admin.waitForText(By.tagName("h1"), "My work");
            assertThat(shown(admin, "compliance")).as("administrators watch access alerts").isTrue();
            assertThat(shown(admin, "assigned")).isFalse();
            assertThat(admin.driver().findElements(By.id("nav-products"))).isNotEmpty();
            assertThat(shown(admin, "role-changes")).isTrue();
            admin.screenshot("home-admin");

            // A privileged role asked for by one administrator waits for a second one; the asker cannot approve it.
            admin.driver().findElement(By.id("nav-staff-roles")).click();
            admin.waitForText(By.tagName("h1"), "Staff roles");
            assertThat(text(admin, "logins")).contains("bo.wang", "compliance.zhao");
            admin.driver().findElement(By.id("ask:username")).sendKeys("bo.wang");
            new org.openqa.selenium.support.ui.Select(admin.driver().findElement(By.id("ask:role"))).selectByValue("COMPENSATION_APPROVER");
            admin.driver().findElement(By.id("ask:reason")).sendKeys("covers payouts while approver.chen is away");
            admin.driver().findElement(By.id("ask:submit")).click();
            admin.waitForText(By.id("messages"), "pending");
            assertThat(text(admin, "pending")).contains("bo.wang", "COMPENSATION_APPROVER", "covers payouts");
            assertThat(admin.driver().findElement(By.xpath("//table[@id='logins']//tr[td[1][normalize-space()='bo.wang']]/td[2]"))
                    .getText()).as("not granted yet").isEqualTo("BACK_OFFICE");
            admin.driver().findElements(By.cssSelector("[id$='decide:approve']")).get(0).click();
            admin.waitForText(By.id("messages"), "a second person must decide it");
            admin.screenshot("staff-roles-pending");
        }
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static boolean shown(Browser browser, String id) {
        WebDriver d = browser.driver();
        return !d.findElements(By.id(id)).isEmpty();
    }
}
