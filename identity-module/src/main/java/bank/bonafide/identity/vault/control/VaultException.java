package bank.bonafide.identity.vault.control;

/** The vault cannot store or open a record. Its message never carries key material or face data. */
public class VaultException extends RuntimeException {

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }

    public VaultException(String message) {
        super(message);
    }
}
