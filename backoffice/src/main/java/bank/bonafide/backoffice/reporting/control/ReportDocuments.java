package bank.bonafide.backoffice.reporting.control;

import bank.bonafide.platform.document.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** A compliance report as the two documents that are filed: CSV (the figures) and PDF (the same, readable, with charts). */
public final class ReportDocuments {

    private static final DateTimeFormatter CST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ComplianceReport.ZONE);

    private ReportDocuments() {
    }

    /** RFC 4180 CSV, UTF-8: a header, then one row per {@link ReportLines.Line}. */
    public static byte[] csv(ComplianceReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("section", "measure", "dimension", "value").get())) {
            for (ReportLines.Line line : ReportLines.of(report)) {
                csv.printRecord(line.section(), line.measure(), line.dimension(), line.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report as CSV", e);
        }
        return bytes.toByteArray();
    }

    public static byte[] pdf(ComplianceReport report) {
        String period = report.from() + " to " + report.to();
        try (PDDocument document = new PDDocument()) {
            try (PdfPages w = new PdfPages(document)) {
                w.title("Compliance report", period + " (China Standard Time)",
                        "Generated " + CST.format(report.generatedAt()) + " by " + report.generatedBy()
                                + ". Aggregate figures only. The CSV filed with this PDF holds the same figures.");
                charts(w, report);
                w.section("All figures");
                List<List<String>> rows = new ArrayList<>();
                for (ReportLines.Line line : ReportLines.of(report)) {
                    rows.add(List.of(line.section(), line.measure(), line.dimension(), line.value()));
                }
                w.table(List.of("Section", "Measure", "Dimension", "Value"), rows, new float[] {80, 170, 170, 75});
            }
            PdfPages.footers(document, "Bonafide compliance report", period);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Compliance report " + period);
            info.setProducer("Bonafide");
            info.setCreationDate(GregorianCalendar.from(report.generatedAt().atZone(ZoneOffset.UTC)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report as PDF", e);
        }
    }

    private static void charts(PdfPages w, ComplianceReport r) throws IOException {
        w.section("Complaints received per month");
        w.bars(r.months(), r.receivedPerMonth(), "");
        w.section("Complaints received per category");
        Map<String, Long> byCategory = r.receivedPerCategory();
        w.bars(words(List.copyOf(byCategory.keySet())), List.copyOf(byCategory.values()), "");
        w.section("Decided on time, per regulatory clock (%)");
        w.bars(r.complaints().timelinessByClock().stream().map(c -> c.clock() + " (" + c.closed() + ")").toList(),
                r.complaints().timelinessByClock().stream().map(c -> c.timelyPercent() == null ? 0 : c.timelyPercent()).toList(), "%");
        w.row("Average handling", hoursOrNone(ReportLines.hours(r.complaints().averageHandling())), 0);
        w.row("95th percentile", hoursOrNone(ReportLines.hours(r.complaints().p95Handling())), 0);
        w.section("Advance compensation");
        var p = r.payouts();
        w.bars(List.of("proposed", "paid by the deadline", "paid late", "waiting", "rejected"),
                List.of(p.proposed(), p.paidTimely(), p.paidLate(), p.waiting(), p.rejected()), "");
        w.section("Biometric consents");
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String month : r.consentMonths()) {
            labels.add(month + " given");
            values.add(r.personalData().consentsGivenByMonth().getOrDefault(month, 0L));
            labels.add(month + " withdrawn");
            values.add(r.personalData().consentsWithdrawnByMonth().getOrDefault(month, 0L));
        }
        w.bars(labels, values, "");
    }

    private static String hoursOrNone(String hours) {
        return hours.isEmpty() ? "no case closed in the period" : hours + " hours";
    }

    private static List<String> words(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList();
    }
}
