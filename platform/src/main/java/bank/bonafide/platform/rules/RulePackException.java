package bank.bonafide.platform.rules;

/** A rule pack is missing, unreadable or invalid; the message names the file, the field and the problem. */
public class RulePackException extends RuntimeException {

    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
