package bank.bonafide.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What R7 looks for in a log file or a column: named secrets as their exact bytes, and any {@value #WINDOW} bytes in a
 * row of the drill's face image (a copy, a truncated copy or a piece of it), found with one hash lookup per byte.
 */
final class C3Scan {

    /** Bytes of the image that must not appear anywhere in the clear: any run this long is a leak. */
    static final int WINDOW = 16;

    private final Map<String, byte[]> secrets;
    private final byte[] image;
    private final Map<Long, List<Integer>> windowsByPrefix = new HashMap<>();

    C3Scan(Map<String, byte[]> secrets, byte[] image) {
        this.secrets = Map.copyOf(secrets);
        this.image = image.clone();
        for (int i = 0; i + WINDOW <= image.length; i++) {
            windowsByPrefix.computeIfAbsent(prefix(image, i), k -> new ArrayList<>(1)).add(i);
        }
    }

    int secrets() {
        return secrets.size();
    }

    /** One line per secret found in {@code haystack}, and one if a piece of the image is in it. */
    List<String> find(byte[] haystack, String where) {
        List<String> findings = new ArrayList<>();
        secrets.forEach((name, secret) -> {
            if (indexOf(haystack, secret) >= 0) {
                findings.add(name + " in " + where);
            }
        });
        int at = imageAt(haystack);
        if (at >= 0) {
            findings.add("face image bytes (" + WINDOW + " in a row) in " + where + " at byte " + at);
        }
        return findings;
    }

    private int imageAt(byte[] haystack) {
        for (int i = 0; i + WINDOW <= haystack.length; i++) {
            List<Integer> starts = windowsByPrefix.get(prefix(haystack, i));
            if (starts != null) {
                for (int start : starts) {
                    if (Arrays.equals(haystack, i, i + WINDOW, image, start, start + WINDOW)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static long prefix(byte[] b, int at) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = (v << 8) | (b[at + k] & 0xFF);
        }
        return v;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Image headers (JPEG, PNG) in the clear, or bytes far from random (ciphertext is close to 8 bits per byte). */
    static boolean looksPlain(byte[] data) {
        if (data.length >= 4 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8
                || data.length >= 4 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return true;
        }
        if (data.length < 1024) {
            return false;
        }
        long[] counts = new long[256];
        for (byte b : data) {
            counts[b & 0xFF]++;
        }
        double entropy = 0;
        for (long n : counts) {
            if (n > 0) {
                double p = (double) n / data.length;
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        return entropy < 7.5;
    }

}
