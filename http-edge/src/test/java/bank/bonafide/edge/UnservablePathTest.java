package bank.bonafide.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnservablePathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/channel-api/api/complaints",
            "/channel-api/api/complaints/42/attachments",
            "/a/./b/../c",
            "//x",
            "/a/..",
            "/caf%C3%A9",
            // The bytes of a UTF-8 "é" sent unescaped, as Grizzly hands them over (one char per byte).
            "/caf\u00C3\u00A9",
            "/%E4%B8%AD%E6%96%87",
            "/with%20space",
            "/%2e%2e-not-a-climb",
    })
    void leavesServablePathsToTheContainer(String path) {
        assertTrue(UnservablePath.why(path).isEmpty(), () -> path + " refused: " + UnservablePath.why(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "/%00",
            "/a%00b",
            "/a\\b",
            "/a%5Cb",
            "/%ff%fe",
            "/%C3",
            "/../x",
            "/a/../../x",
            "/a/%2e%2e/%2E%2E/x",
            "/a/%2F",
            "/a/%2f",
            "/%zz",
            "/%4",
            "relative",
            // Not a byte of a request line: Grizzly hands over one char per byte.
            "/\u4E2D",
    })
    void refusesWhatTheContainerWouldRefuseBare(String path) {
        assertTrue(UnservablePath.why(path).isPresent(), () -> path + " passed");
    }

    @Test
    void namesTheReasonWithoutQuotingThePath() {
        String detail = UnservablePath.why("/secret-<script>%00").orElseThrow();
        assertEquals("The request path holds a NUL character.", detail);
        assertFalse(detail.contains("script"));
    }

    @Test
    void problemIsValidJsonWithTheDetail() {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"a \\\"quoted\\\" \\\\ part\"}",
                UnservablePathRefusal.problem("a \"quoted\" \\ part"));
    }
}
