package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.systemtest.support.Browser;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A compliance officer generates a period report from the demo set (six months of complaints and consents), reads
 * its charts, files it, downloads both documents as filed and finds their SHA-256 equal to what the history shows;
 * the PDF is read back and rendered to an image. Then the filed CSV is changed in the database, as an insider with
 * database access could: verification names the filing and what changed; put back, it verifies again. Other staff
 * cannot open the reports at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceReportIT {

    static final String BASE = System.getProperty("bonafide.base-url", "http://127.0.0.1:8080");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return bank.bonafide.systemtest.support.BonafideDeployment.asBuilt();
    }

    @Test
    void aReportIsGeneratedFiledDownloadedAndItsHashesVerify() throws Exception {
        try (Browser officer = new Browser()) {
            officer.openSignedIn(BASE + "/backoffice/reports.xhtml", "compliance.zhao");
            officer.waitForText(By.tagName("h1"), "Compliance reports");
            officer.driver().findElement(By.id("period:generate")).click();
            officer.screenshot("compliance-report-generating");
            officer.waitUntil(d -> !d.findElements(By.id("draft")).isEmpty() || !d.findElements(By.id("failure")).isEmpty(),
                    java.time.Duration.ofSeconds(120));
            assertThat(officer.driver().findElements(By.id("failure"))).as("no failure shown").isEmpty();
            assertThat(officer.driver().findElements(By.cssSelector("#draft canvas"))).as("five charts drawn").hasSize(5);
            assertThat(officer.driver().findElement(By.id("handling")).getText()).matches("(?s).*average \\d+\\.\\d h.*percentile \\d+\\.\\d h.*");
            officer.screenshot("compliance-report-charts");

            officer.driver().findElement(By.id("file-form:file")).click();
            officer.waitForText(By.id("messages"), "Filed as number");
            WebElement latest = officer.driver().findElement(By.cssSelector("#history tbody tr"));
            List<String> hashes = latest.findElements(By.cssSelector(".hash")).stream().map(WebElement::getText).toList();
            String pdfLink = latest.findElement(By.className("filed-pdf")).getAttribute("href");
            String csvLink = latest.findElement(By.className("filed-csv")).getAttribute("href");
            String filing = pdfLink.replaceAll(".*filing=([0-9a-f-]{36}).*", "$1");

            byte[] pdf = download(officer, pdfLink);
            byte[] csv = download(officer, csvLink);
            assertThat(sha256(pdf)).isEqualTo(hashes.get(0));
            assertThat(sha256(csv)).isEqualTo(hashes.get(1));
            String table = new String(csv, StandardCharsets.UTF_8);
            assertThat(table).startsWith("section,measure,dimension,value");
            assertThat(table).contains("complaints,received,", "biometrics,consents given,", "compensation,payouts proposed,");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Compliance report", "Complaints received per month", "Decided on time", "All figures");
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
                Path image = Path.of("target", "screenshots", "compliance-report-pdf-page-1.png");
                Files.createDirectories(image.getParent());
                ImageIO.write(page, "png", image.toFile());
            }

            officer.driver().findElement(By.id("verify-form:verify")).click();
            officer.waitForText(By.id("verify-form"), "Every filing verifies");

            // An insider edits the filed CSV in the database: the filing no longer verifies, and says where and what.
            try (Connection db = DriverManager.getConnection(System.getenv("BONAFIDE_DB_URL"), System.getenv("BONAFIDE_DB_USER"),
                    System.getenv("BONAFIDE_DB_PASSWORD"));
                 PreparedStatement edit = db.prepareStatement("UPDATE reporting_filed_report SET csv = ? WHERE id = ?")) {
                edit.setBytes(1, table.replace("complaints,closed,,", "complaints,closed,,1").getBytes(StandardCharsets.UTF_8));
                edit.setString(2, filing);
                assertThat(edit.executeUpdate()).isEqualTo(1);
                officer.driver().findElement(By.id("verify-form:verify")).click();
                officer.waitForText(By.id("verify-form"), "the CSV was changed after filing");
                officer.screenshot("compliance-report-tampered");
                edit.setBytes(1, csv);
                edit.executeUpdate();
            }
            officer.driver().findElement(By.id("verify-form:verify")).click();
            officer.waitForText(By.id("verify-form"), "Every filing verifies");
        }

        try (Browser backOffice = new Browser()) {
            backOffice.openSignedIn(BASE + "/backoffice/reports.xhtml", "bo.wang");
            backOffice.waitForText(By.tagName("h1"), "No access to this page");
        }
    }

    private static byte[] download(Browser browser, String url) throws Exception {
        HttpResponse<byte[]> response = browser.fetch(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
