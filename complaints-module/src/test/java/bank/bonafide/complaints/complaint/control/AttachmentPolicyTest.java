package bank.bonafide.complaints.complaint.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};

    static Optional<AttachmentPolicy.Accepted> check(String name, byte[] content, StringBuilder why) {
        return AttachmentPolicy.check(name, content, why);
    }

    @Test
    void theTypeIsReadFromTheContentAndTheNameMustAgree() {
        StringBuilder why = new StringBuilder();
        assertThat(check("report.PDF", PDF, why)).contains(new AttachmentPolicy.Accepted("report.PDF", "application/pdf"));
        assertThat(check("scan.png", PNG, why)).contains(new AttachmentPolicy.Accepted("scan.png", "image/png"));
        assertThat(check("photo.jpeg", JPEG, why)).contains(new AttachmentPolicy.Accepted("photo.jpeg", "image/jpeg"));
        assertThat(why).isEmpty();

        assertThat(check("photo.png", PDF, why)).as("a PDF named .png").isEmpty();
        assertThat(why.toString()).isEqualTo("The file photo.png is not a PDF, PNG or JPEG document. "
                + "Send the police report or ID loss report as a PDF or a photo.");
        assertThat(check("run.pdf", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII), new StringBuilder())).as("a script named .pdf").isEmpty();
        assertThat(check("report", PDF, new StringBuilder())).as("no extension").isEmpty();
    }

    @Test
    void sizeIsLimitedAndEmptyFilesRefused() {
        byte[] atLimit = new byte[AttachmentPolicy.MAX_BYTES];
        System.arraycopy(PDF, 0, atLimit, 0, PDF.length);
        assertThat(check("big.pdf", atLimit, new StringBuilder())).isPresent();
        byte[] over = new byte[AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, over, 0, PDF.length);
        StringBuilder why = new StringBuilder();
        assertThat(check("big.pdf", over, why)).isEmpty();
        assertThat(why.toString()).contains("larger than 5 MB");
        StringBuilder empty = new StringBuilder();
        assertThat(check("none.pdf", new byte[0], empty)).isEmpty();
        assertThat(empty.toString()).contains("is empty");
    }

    @Test
    void namesLoseTheirPathsAndMarkup() {
        assertThat(AttachmentPolicy.clean("C:\\Users\\li\\Desktop\\报案回执.pdf")).isEqualTo("报案回执.pdf");
        assertThat(AttachmentPolicy.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.clean("<img src=x onerror=alert(1)>.png")).isEqualTo("_img src=x onerror=alert(1)_.png");
        assertThat(AttachmentPolicy.clean("   ")).isEqualTo("document");
        assertThat(AttachmentPolicy.clean("a".repeat(200) + ".pdf")).hasSize(120).endsWith(".pdf");
    }

    @Test
    void aFileIsAlwaysOfferedAsADownloadWithItsNameEncoded() {
        var content = new bank.bonafide.complaints.complaint.boundary.ComplaintAttachments.Content("报案 回执(1).pdf", "application/pdf", PDF);
        assertThat(content.contentDisposition())
                .isEqualTo("attachment; filename*=UTF-8''%E6%8A%A5%E6%A1%88%20%E5%9B%9E%E6%89%A7%281%29.pdf");
        var quoted = new bank.bonafide.complaints.complaint.boundary.ComplaintAttachments.Content("a\";b.pdf", "application/pdf", PDF);
        assertThat(quoted.contentDisposition()).isEqualTo("attachment; filename*=UTF-8''a%22%3Bb.pdf");
    }
}
