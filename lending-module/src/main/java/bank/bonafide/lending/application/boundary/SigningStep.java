package bank.bonafide.lending.application.boundary;

import java.time.Instant;

/** The outcome of a step of signing: sending the code, or confirming the terms with it. */
public sealed interface SigningStep {

    /** A code bound to these terms went to the phone. */
    record CodeSent(String maskedPhone, Instant expiresAt, String termsHash) implements SigningStep {
    }

    /** The code confirmed exactly these terms; identity's step-up decides next. */
    record Confirmed(String termsHash) implements SigningStep {
    }

    /** Not confirmed; {@code reason} is for the customer. */
    record Rejected(String reason) implements SigningStep {
    }

    record NotFound() implements SigningStep {
    }
}
