package bank.bonafide.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void aSkippedMeasurementIsRecordedWithoutMedians() {
        JsonObject json = new Rounds().json();
        assertTrue(json.getJsonArray("rounds").isEmpty());
        assertFalse(json.containsKey("medianPerSecond"));
        assertEquals(0, json.getInt("failed"));
    }

    @Test
    void measuredRoundsAreSummarisedByTheirMedians() {
        Rounds rounds = new Rounds();
        rounds.add(new LoadRound(100, 10, 5, 9, 0, ""));
        rounds.add(new LoadRound(300, 10, 7, 12, 1, "503"));
        rounds.add(new LoadRound(200, 10, 6, 10, 0, ""));
        JsonObject json = rounds.json();
        assertEquals(20.0, json.getJsonNumber("medianPerSecond").doubleValue());
        assertEquals(6.0, json.getJsonNumber("medianLatencyMillis").doubleValue());
        assertEquals(1, json.getInt("failed"));
        assertEquals(3, json.getJsonArray("rounds").size());
    }
}
