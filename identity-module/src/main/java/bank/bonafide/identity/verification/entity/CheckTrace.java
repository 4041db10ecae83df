package bank.bonafide.identity.verification.entity;

import java.time.Instant;

/**
 * How one external check was asked and what came back, for the evidence: the correlation id sent with the
 * request (CAMARA {@code x-correlator}; the other party logs it too), when it was asked and answered, and
 * the raw answer as received, or why there was none. Never holds what was sent (ID number, phone).
 *
 * @param answeredAt null when no answer came within the time limit
 */
public record CheckTrace(String check, String correlationId, Instant askedAt, Instant answeredAt, String answer) {
}
