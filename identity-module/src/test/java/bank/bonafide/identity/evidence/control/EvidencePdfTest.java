package bank.bonafide.identity.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The court's PDF: readable, complete, tied to the seal, and never drawn off the page. */
class EvidencePdfTest {

    static final String CONTENT = """
            {"decisionId":"7d1c9c3e-1f7a-4c55-9c1b-3f0e6f1a2b3c","customerId":"C-0001","subject":"A-1001",\
            "purpose":"ACCOUNT_OPENING","channel":"STM","occurredAt":"2019-11-25T06:12:40Z","decidedAt":"2026-11-24T09:30:00Z",\
            "rulePack":{"id":"CN-2019","version":1},"thresholds":{"faceThreshold":"0.80","minimumFactors":2,"faceOnlyAllowed":false},\
            "checks":[{"check":"FaceComparison","score":"0.72","liveness":"PASSED","modelVersion":"stm-face-3.1",\
            "imageSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},\
            {"check":"LostDocumentCheck","reportedLost":"TRUE","reportedOn":"2019-10-18"},\
            {"check":"KycMatch","idDocumentMatch":"FALSE","nameMatch":"FALSE"}],"outcome":"REFUSED",\
            "reasons":["document reported lost on 2019-10-18","phone number not registered to the applicant",\
            "face score 0.72 below threshold 0.80"],"decidedBy":"terminal@STM-0042"}""";

    static final String PREVIOUS_SEAL = EvidenceSeal.seal(EvidenceSeal.GENESIS, EvidenceSeal.contentHash("package 40"));
    static final Instant EXPORTED_AT = Instant.parse("2027-02-03T10:15:30Z");

    static EvidenceSheet sheet(String content) {
        String hash = EvidenceSeal.contentHash(content);
        return new EvidenceSheet(content, 41, hash, PREVIOUS_SEAL, EvidenceSeal.seal(PREVIOUS_SEAL, hash),
                Instant.parse("2026-11-24T09:30:01Z"), true, null, "complaints-officer@bonafide", EXPORTED_AT);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    static JsonObjectBuilder example() {
        JsonObject object = Json.createReader(new StringReader(CONTENT)).readObject();
        return Json.createObjectBuilder(object);
    }

    @Test
    void theExampleShowsTheDecisionTheSealAndEveryField() throws IOException {
        EvidenceSheet sheet = sheet(CONTENT);
        byte[] pdf = EvidencePdf.render(sheet);
        String sample = System.getProperty("evidence.sample.pdf");
        if (sample != null) {
            Files.write(Path.of(sample), pdf);
        }

        String text = text(pdf);
        assertThat(text).startsWith("Evidence package").contains("7d1c9c3e-1f7a-4c55-9c1b-3f0e6f1a2b3c");
        assertThat(text).contains("document reported lost on 2019-10-18", "phone number not registered to the applicant",
                "face score 0.72 below threshold 0.80");
        assertThat(squeezed(text)).contains(sheet.seal(), sheet.contentSha256(), sheet.previousSeal(),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "Chainverificationatexport:intact", "Sealedat:2026-11-24T09:30:01Z", "Exportedby:complaints-officer@bonafide",
                "Outcome:REFUSED", "Facethreshold:0.80", "Faceonlyallowed:false", "IDdocumentmatch:FALSE",
                "FaceComparison", "LostDocumentCheck", "KycMatch", "Decidedby:terminal@STM-0042");
        // The decision comes before the generic dump, which repeats the reasons.
        assertThat(text.indexOf("face score 0.72 below threshold 0.80")).isLessThan(text.indexOf("Content as sealed"));
        assertThat(text.indexOf("Content as sealed")).isLessThan(text.lastIndexOf("face score 0.72 below threshold 0.80"));
        assertThat(text).contains("Bonafide evidence package 7d1c9c3e-1f7a-4c55-9c1b-3f0e6f1a2b3c \u2014 page 1 of ");
    }

    @Test
    void aBrokenChainIsStatedWithTheVerifiersProblem() throws IOException {
        EvidenceSheet intact = sheet(CONTENT);
        EvidenceSheet broken = new EvidenceSheet(CONTENT, 41, intact.contentSha256(), intact.previousSeal(), intact.seal(),
                intact.sealedAt(), false, "package 17: content does not match its hash", "auditor", EXPORTED_AT);

        assertThat(squeezed(text(EvidencePdf.render(broken))))
                .contains("Chainverificationatexport:BROKEN:package17:contentdoesnotmatchitshash")
                .doesNotContain("Chainverificationatexport:intact");
    }

    @Test
    void eightyChecksFlowOntoFurtherPagesWithNumberedFooters() throws IOException {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (int i = 1; i <= 80; i++) {
            checks.add(Json.createObjectBuilder().add("check", "Check" + i).add("answer", "TRUE").add("score", "0.9" + i));
        }
        byte[] pdf = EvidencePdf.render(sheet(example().add("checks", checks).build().toString()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            String last = lastPage.getText(document);
            assertThat(last).contains("page " + pages + " of " + pages, "Check80", "face score 0.72 below threshold 0.80");
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("Check1", "Check80", "page 1 of " + pages);
        }
    }

    @Test
    void nothingIsDrawnOutsideTheMarginsEvenForLongValuesOnManyPages() throws IOException {
        JsonArrayBuilder reasons = Json.createArrayBuilder()
                .add("x".repeat(400))
                .add("the applicant presented a document that was reported lost and the phone number was registered to "
                        + "somebody else, and the face score was below the threshold set by the rule pack in force ".repeat(3));
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (int i = 1; i <= 40; i++) {
            checks.add(Json.createObjectBuilder().add("check", "FaceComparison")
                    .add("imageSha256WithAVeryLongFieldNameThatNeedsWrapping", EvidenceSeal.contentHash("image " + i).repeat(2)));
        }
        byte[] pdf = EvidencePdf.render(sheet(example().add("reasons", reasons).add("checks", checks).build().toString()));

        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collector.getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(squeezed(new PDFTextStripper().getText(document))).contains("x".repeat(400));
        }
        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            float width = glyph.getPageWidth();
            float height = glyph.getPageHeight();
            assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(EvidencePdf.MARGIN - 0.01f);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(width - EvidencePdf.MARGIN + 0.01f);
            assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).isGreaterThanOrEqualTo(EvidencePdf.MARGIN - 0.01f);
            assertThat(glyph.getYDirAdj()).isLessThanOrEqualTo(height - EvidencePdf.MARGIN);
        });
    }

    @Test
    void charactersOutsideWinAnsiRenderAsQuestionMarks() throws IOException {
        String content = example().add("subject", "\u738b\u82b3 \uD83D\uDE42 A-1001").add("note", "caf\u00e9").build().toString();

        assertThatCode(() -> EvidencePdf.render(sheet(content))).doesNotThrowAnyException();
        String text = text(EvidencePdf.render(sheet(content)));
        assertThat(squeezed(text)).contains("Subject:???A-1001", "Note:caf\u00e9").doesNotContain("\u738b");
    }

    @Test
    void aNewShapeOfContentIsRenderedWithoutCodeChanges() throws IOException {
        String content = example()
                .add("deviceAttestation", Json.createObjectBuilder().add("platform", "android")
                        .add("integrity", Json.createObjectBuilder().add("verdict", "MEETS_DEVICE_INTEGRITY")))
                .add("flags", Json.createArrayBuilder().add("first-login").add("new-device"))
                .add("matrix", Json.createArrayBuilder().add(Json.createArrayBuilder().add("a1")))
                .build().toString();

        String text = text(EvidencePdf.render(sheet(content)));
        assertThat(text).contains("Device attestation", "Integrity", "Flags", "Matrix", "#1");
        assertThat(squeezed(text)).contains("Platform:android", "Verdict:MEETS_DEVICE_INTEGRITY",
                "\u2022first-login", "\u2022new-device", "#1\u2022a1");
    }

    @Test
    void keysBecomeReadableLabels() {
        assertThat(EvidencePdf.label("faceThreshold")).isEqualTo("Face threshold");
        assertThat(EvidencePdf.label("decisionId")).isEqualTo("Decision ID");
        assertThat(EvidencePdf.label("imageSha256")).isEqualTo("Image SHA-256");
        assertThat(EvidencePdf.label("rulePack")).isEqualTo("Rule pack");
        assertThat(EvidencePdf.label("kycURLCheck")).isEqualTo("Kyc URL check");
    }

    @Test
    void theDocumentInformationNamesThePackageAndTheExport() throws IOException {
        try (PDDocument document = Loader.loadPDF(EvidencePdf.render(sheet(CONTENT)))) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Evidence package 7d1c9c3e-1f7a-4c55-9c1b-3f0e6f1a2b3c");
            assertThat(info.getProducer()).isEqualTo("Bonafide");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(EXPORTED_AT);
        }
    }
}
