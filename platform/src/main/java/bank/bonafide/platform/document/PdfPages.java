package bank.bonafide.platform.document;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Writes a bank document onto A4 pages top to bottom (title, sections, label-value rows, bullets, tables and bar
 * charts), starting a new page whenever the next line would not fit; the evidence package and the compliance
 * report are both written with it. Standard-14 fonts encode WinAnsi only, so any other character (a Chinese name,
 * an emoji) prints as '?' ({@link #printable}); the document's authoritative form keeps the original.
 */
public final class PdfPages implements Closeable {

    /** Kept free on every side of the A4 page; nothing is drawn there. */
    public static final float MARGIN = 50;

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
    /** The body text size. */
    public static final float BODY = 10;
    /** Line height as a multiple of the font size. */
    public static final float LEADING = 1.35f;

    /** Replaces every character the font cannot encode with '?', and any whitespace with a plain space. */
    public static String printable(PDFont font, String text) throws IOException {
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
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
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

    /** A font at a size in a shade of grey (0 black, 1 white). */
    public record Style(PDFont font, float size, float gray) {

        public float leading() {
            return size * LEADING;
        }
    }

    /** The standard-14 fonts in the styles the bank's documents use. */
    public static final class Fonts {
        public final PDFont regular = new PDType1Font(FontName.HELVETICA);
        public final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
        public final PDFont oblique = new PDType1Font(FontName.HELVETICA_OBLIQUE);
        public final PDFont mono = new PDType1Font(FontName.COURIER);
        public final Style body = new Style(regular, BODY, 0);
        public final Style label = new Style(bold, BODY, 0.25f);
        public final Style hash = new Style(mono, 8.8f, 0);
        public final Style strong = new Style(bold, BODY, 0);
        public final Style outcome = new Style(bold, 13, 0);
        public final Style reason = new Style(regular, 10.5f, 0);
        public final Style note = new Style(oblique, 8.5f, 0.35f);
        public final Style section = new Style(bold, 12.5f, 0.1f);
        public final Style subheading = new Style(bold, 10.5f, 0.1f);
    }


    private final PDDocument document;
    private final Fonts fonts = new Fonts();
    private PDPageContentStream out;
    private float y;

    public PdfPages(PDDocument document) {
        this.document = document;
    }

    public Fonts fonts() {
        return fonts;
    }

    /** The document's title, a subtitle under it and a note on what the document is. */
    public void title(String title, String subtitle, String note) throws IOException {
        lines(new Style(fonts.bold, 20, 0), LEFT, title);
        lines(new Style(fonts.bold, 12, 0.2f), LEFT, subtitle);
        y -= 4;
        lines(fonts.note, LEFT, note);
    }

    public void section(String heading) throws IOException {
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

    public void subheading(String heading, int depth) throws IOException {
        float before = 4;
        ensure(before + fonts.subheading.leading() + BODY * LEADING);
        if (y < TOP) {
            y -= before;
        }
        lines(fonts.subheading, x(depth), heading);
    }

    public void row(String label, String value, int depth) throws IOException {
        boolean hash = value.matches("[0-9a-fA-F]{32,}");
        row(label, value, depth, hash ? fonts.hash : fonts.body, false);
    }

    /** A "label: value" line: the label in its column, the value wrapped in the value column. */
    public void row(String label, String value, int depth, Style style, boolean highlight) throws IOException {
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

    public void bullet(String text, int depth, Style style) throws IOException {
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

    public void paragraph(String text, int depth, Style style) throws IOException {
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
    public void keep(float height) throws IOException {
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

    /**
     * A table: a header row in bold, then the rows; column {@code i} starts at {@code widths[0..i-1]} summed (points
     * from the left margin). Cells are cut to their column, never wrapped, so each row is one line.
     */
    public void table(List<String> header, List<List<String>> rows, float[] widths) throws IOException {
        ensure(2 * BODY * LEADING);
        tableRow(header, widths, fonts.label);
        out.setStrokingColor(0.6f);
        out.setLineWidth(0.5f);
        out.moveTo(LEFT, y + 2);
        out.lineTo(RIGHT, y + 2);
        out.stroke();
        for (List<String> row : rows) {
            tableRow(row, widths, fonts.body);
        }
        y -= 4;
    }

    private void tableRow(List<String> cells, float[] widths, Style style) throws IOException {
        ensure(style.leading());
        float x = LEFT;
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            String cell = fit(style.font(), style.size(), printable(style.font(), cells.get(i)), widths[i] - GUTTER);
            show(style, x, y - style.size(), cell);
            x += widths[i];
        }
        y -= style.leading();
    }

    /**
     * A horizontal bar chart: one bar per label, its length in proportion to the largest value, the value printed
     * after it. Drawn in vector graphics, so it prints sharp at any size.
     */
    public void bars(List<String> labels, List<? extends Number> values, String unit) throws IOException {
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        float barX = VALUE_X;
        float room = RIGHT - barX - 70;
        float height = BODY * LEADING;
        for (int i = 0; i < labels.size(); i++) {
            ensure(height + 2);
            double value = values.get(i).doubleValue();
            float length = max <= 0 ? 0 : (float) (room * value / max);
            show(fonts.label, LEFT, y - BODY, fit(fonts.label.font(), BODY, printable(fonts.label.font(), labels.get(i)),
                    barX - GUTTER - LEFT));
            out.setNonStrokingColor(0.26f, 0.45f, 0.70f);
            out.addRect(barX, y - height + 3, Math.max(length, 0.5f), height - 4);
            out.fill();
            show(fonts.body, barX + length + 4, y - BODY, printable(fonts.body.font(), format(value) + (unit.isEmpty() ? "" : " " + unit)));
            y -= height + 2;
        }
        y -= 4;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** Writes "{@code label} {@code id} — page n of m" on every page, the id shortened to fit. */
    public static void footers(PDDocument document, String label, String id) throws IOException {
        PDFont font = new PDType1Font(FontName.HELVETICA);
        float size = 8;
        String dash = encodable(font, "\u2014") ? "\u2014" : "-";
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            String page = " " + dash + " page " + (i + 1) + " of " + total;
            String shown = fit(font, size, printable(font, id), RIGHT - LEFT - width(font, size, label + " " + page));
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
                out.showText(label + " " + shown + page);
                out.endText();
            }
        }
    }

}
