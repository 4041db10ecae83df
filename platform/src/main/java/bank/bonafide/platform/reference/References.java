package bank.bonafide.platform.reference;

import java.security.SecureRandom;

/** Random references customers can read out on the phone (loans, applications, payouts): no 0/O or 1/I to confuse. */
public final class References {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private References() {
    }

    /** For example {@code LA-7K2M9QX4PB}: 50 bits, so guessing another customer's reference is hopeless. */
    public static String next(String prefix) {
        StringBuilder s = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
