package bank.bonafide.identity.session.boundary;

import bank.bonafide.identity.session.entity.VerificationSession;

/** Whether a caller may act on a session now. */
public sealed interface SessionAccess {

    record Granted(VerificationSession session) implements SessionAccess {
    }

    /** Not (or no longer) usable, and why, in words for the channel. {@code notFound} also covers someone else's session. */
    record Refused(boolean notFound, String reason) implements SessionAccess {
    }
}
