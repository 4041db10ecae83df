package bank.bonafide.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** R7 is only as good as its search: what it must find, and what it must not mistake for a leak. */
class C3ScanTest {

    private final byte[] image = random(4096, 1);
    private final C3Scan scan = new C3Scan(Map.of("password of alice", "alice-demo".getBytes(StandardCharsets.UTF_8)), image);

    @Test
    void findsAPieceOfTheImageAnywhereInALog() {
        byte[] log = "2026-12-07 INFO something happened ".getBytes(StandardCharsets.US_ASCII);
        byte[] withPiece = concat(log, Arrays.copyOfRange(image, 1000, 1000 + C3Scan.WINDOW), log);

        assertEquals(1, scan.find(withPiece, "server.log").size());
        assertTrue(scan.find(withPiece, "server.log").get(0).contains("at byte " + log.length));
    }

    @Test
    void aRunShorterThanTheWindowIsNoFinding() {
        byte[] almost = concat("x".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(image, 7, 7 + C3Scan.WINDOW - 1));

        assertTrue(scan.find(almost, "column t.c").isEmpty());
    }

    @Test
    void findsANamedSecretAndSaysWhere() {
        byte[] row = "{\"user\":\"alice\",\"password\":\"alice-demo\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals(java.util.List.of("password of alice in column identity_x.payload"), scan.find(row, "column identity_x.payload"));
    }

    @Test
    void ciphertextPassesAndAPlainImageDoesNot() {
        byte[] jpeg = concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, random(4096, 2));
        byte[] text = "a face described in words ".repeat(100).getBytes(StandardCharsets.US_ASCII);

        assertFalse(C3Scan.looksPlain(random(4096, 3)));
        assertTrue(C3Scan.looksPlain(jpeg));
        assertTrue(C3Scan.looksPlain(text));
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
