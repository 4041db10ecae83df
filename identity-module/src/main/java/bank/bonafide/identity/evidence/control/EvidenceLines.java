package bank.bonafide.identity.evidence.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sealed package's content as lines for a screen: every field in document order, labelled as the PDF labels it,
 * indented by depth. Only a rendering: the JSON stays the authoritative form.
 */
public final class EvidenceLines {

    /** One line: a heading when {@code value} is null. */
    public record Line(int depth, String label, String value) {
    }

    private EvidenceLines() {
    }

    public static List<Line> of(String contentJson) {
        List<Line> lines = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(contentJson))) {
            walk(reader.readObject(), 0, lines);
        }
        return lines;
    }

    private static void walk(JsonObject object, int depth, List<Line> lines) {
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            add(EvidencePdf.label(field.getKey()), field.getValue(), depth, lines);
        }
    }

    private static void add(String label, JsonValue value, int depth, List<Line> lines) {
        if (value instanceof JsonObject object) {
            lines.add(new Line(depth, label, null));
            walk(object, depth + 1, lines);
        } else if (value instanceof JsonArray array) {
            lines.add(new Line(depth, label, array.isEmpty() ? "(none)" : null));
            for (int i = 0; i < array.size(); i++) {
                JsonValue element = array.get(i);
                add(element instanceof JsonStructure ? "#" + (i + 1) : "•", element, depth + 1, lines);
            }
        } else {
            lines.add(new Line(depth, label, value instanceof JsonString s ? s.getString() : value.toString()));
        }
    }
}
