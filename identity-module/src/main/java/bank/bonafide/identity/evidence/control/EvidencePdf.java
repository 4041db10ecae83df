package bank.bonafide.identity.evidence.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A readable PDF of one sealed evidence package, for a court or a regulator.
 *
 * <p>Why: a court must be able to read what the bank checked without our software. The PDF is only a
 * rendering: the JSON export stays the authoritative form, and its SHA-256 is what the seal covers, so the
 * PDF prints that hash and the seals to tie itself to the JSON.
 *
 * <p>The content is rendered generically (labels made from the JSON keys, fields in document order) because
 * its shape grows; only the outcome and the reasons are pulled forward. Standard-14 fonts encode WinAnsi
 * only, so any other character (a Chinese name, an emoji) prints as '?'; the JSON keeps the original.
 */
public final class EvidencePdf {

    /** Kept free on every side of the A4 page; nothing is drawn there. */
    static final float MARGIN = 50;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE.getWidth() - MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float FOOTER_BASELINE = MARGIN + 3;
    private static final float BOTTOM = MARGIN + 24;
    private static final float VALUE_X = LEFT + 150;
    private static final float GUTTER = 8;
    private static final float INDENT = 14;
    private static final int MAX_INDENTS = 3;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;
    private static final float SECTION_HEIGHT = 12 + 12.5f * LEADING + 4;
    private static final float SUBHEADING_HEIGHT = 4 + 10.5f * LEADING;

    private EvidencePdf() {
    }

    public static byte[] render(EvidenceSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        JsonObject content;
        try (JsonReader reader = Json.createReader(new StringReader(Objects.requireNonNull(sheet.contentJson())))) {
            content = reader.readObject();
        }
        String decisionId = content.containsKey("decisionId") ? text(content.get("decisionId")) : "unknown";
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts();
            try (Writer writer = new Writer(document, fonts)) {
                writer.title(decisionId);
                seal(writer, sheet);
                decision(writer, content);
                dump(writer, content);
            }
            footers(document, fonts.regular, decisionId);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Evidence package " + decisionId);
            info.setProducer("Bonafide");
            if (sheet.exportedAt() != null) {
                info.setCreationDate(GregorianCalendar.from(sheet.exportedAt().atZone(ZoneOffset.UTC)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the evidence package as PDF", e);
        }
    }

    private static void seal(Writer w, EvidenceSheet sheet) throws IOException {
        w.section("Seal");
        w.row("Chain position", Long.toString(sheet.position()), 0);
        w.row("Sealed at", utc(sheet.sealedAt()), 0);
        w.row("Content SHA-256", orMissing(sheet.contentSha256()), 0);
        w.row("Previous seal", orMissing(sheet.previousSeal()), 0);
        w.row("Seal", orMissing(sheet.seal()), 0);
        if (sheet.chainIntact()) {
            w.row("Chain verification at export", "intact", 0);
        } else {
            w.row("Chain verification at export", "BROKEN: " + orMissing(sheet.chainNote()), 0, w.fonts.strong, true);
        }
        w.row("Exported by", orMissing(sheet.exportedBy()), 0);
        w.row("Exported at", utc(sheet.exportedAt()), 0);
    }

    private static void decision(Writer w, JsonObject content) throws IOException {
        w.section("Decision");
        JsonValue outcome = content.get("outcome");
        w.row("Outcome", outcome == null ? "not recorded" : text(outcome), 0, w.fonts.outcome, true);
        w.subheading("Reasons", 0);
        JsonValue reasons = content.get("reasons");
        if (reasons instanceof JsonArray list && !list.isEmpty()) {
            for (JsonValue reason : list) {
                w.bullet(text(reason), 0, w.fonts.reason);
            }
        } else if (reasons != null && !(reasons instanceof JsonArray) && reasons.getValueType() != JsonValue.ValueType.NULL) {
            w.bullet(text(reasons), 0, w.fonts.reason);
        } else {
            w.paragraph("none recorded", 0, w.fonts.note);
        }
    }

    /** Top level: the scalar fields first (in document order), then each group as its own section. */
    private static void dump(Writer w, JsonObject content) throws IOException {
        w.section("Content as sealed");
        w.paragraph("Every field of the sealed JSON in its order; fields holding groups follow as sections.", 0, w.fonts.note);
        for (Map.Entry<String, JsonValue> field : content.entrySet()) {
            if (!(field.getValue() instanceof JsonStructure)) {
                w.row(label(field.getKey()), text(field.getValue()), 0);
            }
        }
        for (Map.Entry<String, JsonValue> field : content.entrySet()) {
            if (field.getValue() instanceof JsonStructure group) {
                if (group instanceof JsonArray array && !array.isEmpty() && array.get(0) instanceof JsonObject first) {
                    w.keep(SECTION_HEIGHT + blockHeight(first));
                }
                w.section(label(field.getKey()));
                body(w, group, 0);
            }
        }
    }

    private static void body(Writer w, JsonValue value, int depth) throws IOException {
        if (value instanceof JsonObject object) {
            members(w, object, depth, null);
            return;
        }
        JsonArray array = (JsonArray) value;
        if (array.isEmpty()) {
            w.paragraph("(none)", depth, w.fonts.note);
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (!(element instanceof JsonStructure)) {
                w.bullet(text(element), depth, w.fonts.body);
            } else if (element instanceof JsonObject object && isScalar(object.get("check"))) {
                w.keep(blockHeight(object));
                w.subheading(text(object.get("check")), depth);
                members(w, object, depth + 1, "check");
            } else {
                if (element instanceof JsonObject object) {
                    w.keep(blockHeight(object));
                }
                w.subheading("#" + (i + 1), depth);
                body(w, element, depth + 1);
            }
        }
    }

    private static void members(Writer w, JsonObject object, int depth, String shownAsHeading) throws IOException {
        if (object.isEmpty()) {
            w.paragraph("(none)", depth, w.fonts.note);
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            if (field.getKey().equals(shownAsHeading)) {
                continue;
            }
            if (field.getValue() instanceof JsonStructure group) {
                w.subheading(label(field.getKey()), depth);
                body(w, group, depth + 1);
            } else {
                w.row(label(field.getKey()), text(field.getValue()), depth);
            }
        }
    }

    private static void footers(PDDocument document, PDFont font, String decisionId) throws IOException {
        float size = 8;
        String dash = encodable(font, "\u2014") ? "\u2014" : "-";
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            String page = " " + dash + " page " + (i + 1) + " of " + total;
            String id = fit(font, size, printable(font, decisionId), RIGHT - LEFT - width(font, size, "Bonafide evidence package " + page));
            try (PDPageContentStream out = new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                out.setStrokingColor(0.6f);
                out.setLineWidth(0.5f);
                out.moveTo(LEFT, FOOTER_BASELINE + 11);
                out.lineTo(RIGHT, FOOTER_BASELINE + 11);
                out.stroke();
                out.beginText();
                out.setFont(font, size);
                out.setNonStrokingColor(0.35f);
                out.newLineAtOffset(LEFT, FOOTER_BASELINE);
                out.showText("Bonafide evidence package " + id + page);
                out.endText();
            }
        }
    }

    static String label(String key) {
        String spaced = key.replaceAll("[_\\-\\s]+", " ")
                .replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ")
                .replaceAll("(?<=[A-Z])(?=[A-Z][a-z])", " ")
                .trim();
        if (spaced.isEmpty()) {
            return key;
        }
        String[] words = spaced.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = switch (lower) {
                case "id" -> "ID";
                case "sha256" -> "SHA-256";
                default -> word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? word
                        : i == 0 ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
            };
            out.append(i == 0 ? "" : " ").append(shown);
        }
        return out.toString();
    }

    /** A sub-block's heading and one line per field: enough to keep a short block on one page. */
    private static float blockHeight(JsonObject object) {
        return SUBHEADING_HEIGHT + object.size() * (BODY * LEADING + 1);
    }

    private static boolean isScalar(JsonValue value) {
        return value != null && !(value instanceof JsonStructure);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static String utc(Instant instant) {
        return instant == null ? "not recorded" : DateTimeFormatter.ISO_INSTANT.format(instant) + " (UTC)";
    }

    private static String orMissing(String value) {
        return value == null || value.isBlank() ? "not recorded" : value;
    }

    /** Replaces every character the font cannot encode with '?', and any whitespace with a plain space. */
    static String printable(PDFont font, String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.append(' ');
                continue;
            }
            String character = new String(Character.toChars(codePoint));
            out.append(encodable(font, character) ? character : "?");
        }
        return out.toString();
    }

    private static boolean encodable(PDFont font, String character) throws IOException {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) * size / 1000;
    }

    private static String fit(PDFont font, float size, String text, float maxWidth) throws IOException {
        if (width(font, size, text) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(font, size, cut + "...") > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /** Greedy word wrap; a word wider than the line (a hash) is broken between characters. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : printable(font, text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (width(font, size, word) > maxWidth) {
                int cut = 1;
                while (cut < word.length() && width(font, size, word.substring(0, cut + 1)) <= maxWidth) {
                    cut++;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        lines.add(line);
        return lines;
    }

    private record Style(PDFont font, float size, float gray) {

        float leading() {
            return size * LEADING;
        }
    }

    private static final class Fonts {
        final PDFont regular = new PDType1Font(FontName.HELVETICA);
        final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
        final PDFont oblique = new PDType1Font(FontName.HELVETICA_OBLIQUE);
        final PDFont mono = new PDType1Font(FontName.COURIER);
        final Style body = new Style(regular, BODY, 0);
        final Style label = new Style(bold, BODY, 0.25f);
        final Style hash = new Style(mono, 8.8f, 0);
        final Style strong = new Style(bold, BODY, 0);
        final Style outcome = new Style(bold, 13, 0);
        final Style reason = new Style(regular, 10.5f, 0);
        final Style note = new Style(oblique, 8.5f, 0.35f);
        final Style section = new Style(bold, 12.5f, 0.1f);
        final Style subheading = new Style(bold, 10.5f, 0.1f);
    }

    /** Draws top to bottom inside the margins, starting a new page whenever the next line would not fit. */
    private static final class Writer implements Closeable {
        private final PDDocument document;
        private final Fonts fonts;
        private PDPageContentStream out;
        private float y;

        Writer(PDDocument document, Fonts fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void title(String decisionId) throws IOException {
            lines(new Style(fonts.bold, 20, 0), LEFT, "Evidence package");
            lines(new Style(fonts.bold, 12, 0.2f), LEFT, "Decision " + decisionId);
            y -= 4;
            lines(fonts.note, LEFT, "A readable rendering of one sealed evidence package for a court or a regulator. "
                    + "The JSON export is the authoritative form; the seal covers its SHA-256 (Content SHA-256 below).");
        }

        void section(String heading) throws IOException {
            float before = 12;
            ensure(before + fonts.section.leading() + 2 * BODY * LEADING);
            if (y < TOP) {
                y -= before;
            }
            lines(fonts.section, LEFT, heading);
            out.setStrokingColor(0.6f);
            out.setLineWidth(0.5f);
            out.moveTo(LEFT, y + 1);
            out.lineTo(RIGHT, y + 1);
            out.stroke();
            y -= 4;
        }

        void subheading(String heading, int depth) throws IOException {
            float before = 4;
            ensure(before + fonts.subheading.leading() + BODY * LEADING);
            if (y < TOP) {
                y -= before;
            }
            lines(fonts.subheading, x(depth), heading);
        }

        void row(String label, String value, int depth) throws IOException {
            boolean hash = value.matches("[0-9a-fA-F]{32,}");
            row(label, value, depth, hash ? fonts.hash : fonts.body, false);
        }

        /** A "label: value" line: the label in its column, the value wrapped in the value column. */
        void row(String label, String value, int depth, Style style, boolean highlight) throws IOException {
            float labelX = x(depth) + (highlight ? 4 : 0);
            List<String> labels = wrap(fonts.label.font(), BODY, label + ":", VALUE_X - GUTTER - labelX);
            List<String> values = wrap(style.font(), style.size(), value, RIGHT - VALUE_X);
            float size = Math.max(BODY, style.size());
            float leading = size * LEADING;
            for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
                ensure(leading);
                if (highlight) {
                    out.setNonStrokingColor(0.9f);
                    out.addRect(LEFT, y - leading, RIGHT - LEFT, leading);
                    out.fill();
                }
                float baseline = y - size;
                if (i < labels.size()) {
                    show(fonts.label, labelX, baseline, labels.get(i));
                }
                if (i < values.size()) {
                    show(style, VALUE_X, baseline, values.get(i));
                }
                y -= leading;
            }
            y -= 1;
        }

        void bullet(String text, int depth, Style style) throws IOException {
            float x = x(depth);
            List<String> wrapped = wrap(style.font(), style.size(), text, RIGHT - x - 12);
            for (int i = 0; i < wrapped.size(); i++) {
                ensure(style.leading());
                float baseline = y - style.size();
                if (i == 0) {
                    show(style, x + 2, baseline, "\u2022");
                }
                show(style, x + 12, baseline, wrapped.get(i));
                y -= style.leading();
            }
        }

        void paragraph(String text, int depth, Style style) throws IOException {
            lines(style, x(depth), text);
        }

        private void lines(Style style, float x, String text) throws IOException {
            for (String line : wrap(style.font(), style.size(), text, RIGHT - x)) {
                ensure(style.leading());
                show(style, x, y - style.size(), line);
                y -= style.leading();
            }
        }

        private void show(Style style, float x, float baseline, String text) throws IOException {
            out.beginText();
            out.setFont(style.font(), style.size());
            out.setNonStrokingColor(style.gray());
            out.newLineAtOffset(x, baseline);
            out.showText(printable(style.font(), text));
            out.endText();
        }

        private static float x(int depth) {
            return LEFT + INDENT * Math.min(depth, MAX_INDENTS);
        }

        /** Starts a new page unless the next {@code height} points fit; only for short blocks, long ones flow. */
        void keep(float height) throws IOException {
            if (height <= (TOP - BOTTOM) / 3) {
                ensure(height);
            }
        }

        private void ensure(float height) throws IOException {
            if (out == null || y - height < BOTTOM) {
                close();
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                out = new PDPageContentStream(document, page);
                y = TOP;
            }
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }
}
