package bank.bonafide.platform.outbox;

/** The outbox table could not be written or read; the caller's transaction must not commit. */
public class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
