package bank.bonafide.systemtest.support;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Staff take down a disputed payment on the phone (complaint-intake.xhtml), as the browser tests do. */
public final class PhoneComplaints {

    private PhoneComplaints() {
    }

    /**
     * Signs {@code staff} in, files "a payment I did not make" for {@code customer} with a fresh payment reference,
     * and returns the complaint's reference; the browser stays on the new case page.
     */
    public static String takeDisputedPayment(Browser browser, String base, String staff, String customer, String description) {
        browser.openSignedIn(base + "/backoffice/complaint-intake.xhtml", staff);
        browser.waitForText(By.tagName("h1"), "Take a phone or counter complaint");
        browser.driver().findElement(By.id("intake:customer")).sendKeys(customer);
        new Select(browser.driver().findElement(By.id("intake:channel"))).selectByValue("PHONE");
        new Select(browser.driver().findElement(By.id("intake:category"))).selectByValue("UNAUTHORIZED_TRANSACTION");
        new Select(browser.driver().findElement(By.id("intake:itemKind"))).selectByValue("PAYMENT");
        browser.driver().findElement(By.id("intake:item")).sendKeys("P-" + System.nanoTime() % 1_000_000);
        browser.driver().findElement(By.id("intake:description")).sendKeys(description);
        browser.driver().findElement(By.id("intake:file")).click();
        browser.waitForText(By.id("messages"), "Tell the customer the reference");
        return browser.driver().findElement(By.id("reference")).getText();
    }

    /** Reloads the case page until the assessment has read identity's disclosure and found the bank cannot prove it. */
    public static void awaitBankCannotProve(Browser browser) {
        browser.waitUntil(d -> {
            if (d.findElements(By.id("finding")).isEmpty() || !d.findElement(By.id("finding")).getText().contains("bank cannot prove")) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
    }
}
