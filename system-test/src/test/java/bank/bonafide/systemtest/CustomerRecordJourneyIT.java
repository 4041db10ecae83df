package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A member of staff in a real browser opens bob's record (demo customer C-0002): nothing without a reason; then
 * masked fields only, checked in the HTML the server sent; the full ID number once, with its own logged purpose,
 * and gone from the next response; a complaint handler cannot reach the compliance alerts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerRecordJourneyIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");
    /** The demo set's fictional numbers for C-0002 (identity's DemoCustomers). */
    static final String ID_NUMBER = "310104198511204518";
    static final String PHONE = "13900139002";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return bank.bonafide.systemtest.support.BonafideDeployment.asBuilt();
    }

    @Test
    void aMaskedFieldReachesTheBrowserInFullOnlyWithALoggedPurpose() throws Exception {
        try (Browser staff = new Browser()) {
            staff.openSignedIn(BASE + "/backoffice/customer.xhtml?id=C-0002", "bo.wang");
            staff.waitForText(By.tagName("h1"), "Customer C-0002");
            staff.driver().findElement(By.id("open:open")).click();
            staff.waitForText(By.id("messages"), "Give the case this record belongs to, or say why you open it (CN-13)");
            assertThat(staff.driver().findElements(By.id("record"))).isEmpty();

            staff.driver().findElement(By.id("open:purpose")).sendKeys("customer on the phone about his card");
            staff.driver().findElement(By.id("open:open")).click();
            staff.waitForText(By.id("id-number"), "3101**********4518");
            assertThat(staff.driver().findElement(By.id("phone")).getText()).isEqualTo("+86139****9002");
            assertThat(staff.driver().getPageSource()).as("the HTML carries masks only")
                    .doesNotContain(ID_NUMBER).doesNotContain(PHONE).doesNotContain("王建国");

            new Select(staff.driver().findElement(By.id("unmask:field"))).selectByValue("ID_NUMBER");
            staff.driver().findElement(By.id("unmask:show")).click();
            staff.waitForText(By.id("messages"), "Say why you need the full ID number");
            assertThat(staff.driver().getPageSource()).doesNotContain(ID_NUMBER);

            new Select(staff.driver().findElement(By.id("unmask:field"))).selectByValue("ID_NUMBER");
            staff.driver().findElement(By.id("unmask:why")).sendKeys("he asked us to confirm the number on file");
            staff.driver().findElement(By.id("unmask:show")).click();
            staff.waitForText(By.id("unmasked-line"), "In full: " + ID_NUMBER);
            assertThat(staff.driver().findElement(By.id("reads")).getText())
                    .contains("bo.wang", "ID number", "he asked us to confirm the number on file", "customer on the phone about his card");
            staff.screenshot("customer-record-unmasked");

            // Any next request (here: asking again without a reason) no longer carries the full value.
            staff.driver().findElement(By.id("unmask:show")).click();
            staff.waitForText(By.id("messages"), "Say why you need the full");
            assertThat(staff.driver().getPageSource()).doesNotContain(ID_NUMBER);
        }
        try (Browser staff = new Browser()) {
            // Customer 360: once the record is open, her loans, openings and complaints by reference and status only.
            staff.openSignedIn(BASE + "/backoffice/customer.xhtml?id=C-0001", "bo.wang");
            staff.driver().findElement(By.id("open:purpose")).sendKeys("she disputes loan L-2001");
            staff.driver().findElement(By.id("open:open")).click();
            staff.waitForText(By.id("record"), "1101**********1236");
            assertThat(staff.driver().findElement(By.id("loans")).getText()).contains("L-2001", "A-1001");
            assertThat(staff.driver().findElement(By.id("items")).getText()).contains("account", "A-1001");
            assertThat(staff.driver().findElement(By.id("consent")).getText()).contains("face images kept");
            staff.screenshot("customer-360");
        }
        try (Browser handler = new Browser()) {
            handler.openSignedIn(BASE + "/backoffice/access-alerts.xhtml", "handler.li");
            assertThat(handler.driver().getPageSource()).doesNotContain("Staff access alerts");
        }
        try (Browser compliance = new Browser()) {
            compliance.openSignedIn(BASE + "/backoffice/access-alerts.xhtml", "compliance.zhao");
            compliance.waitForText(By.tagName("h1"), "Staff access alerts");
        }
    }
}
