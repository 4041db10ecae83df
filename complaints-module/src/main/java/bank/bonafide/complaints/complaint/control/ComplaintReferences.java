package bank.bonafide.complaints.complaint.control;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reference numbers customers quote on the phone: {@code CMP-20261123-7KQ2MX}. Unambiguous letters
 * only (no 0/O, 1/I), random so that one reference says nothing about another customer's case.
 */
public final class ComplaintReferences {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ComplaintReferences() {
    }

    public static String next(Instant receivedAt) {
        StringBuilder ref = new StringBuilder("CMP-").append(DAY.format(receivedAt)).append('-');
        for (int i = 0; i < 6; i++) {
            ref.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return ref.toString();
    }
}
