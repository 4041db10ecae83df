package bank.bonafide.identity.oversight.boundary;

import java.util.Map;

/**
 * Identity's figures for a reporting period.
 *
 * @param consentsGivenByMonth     biometric consents given, per month ({@code yyyy-MM} in the bank's zone)
 * @param consentsWithdrawnByMonth biometric consents withdrawn, per month
 * @param vaultRecords             records stored in the biometric vault before the period's end and still held (purged ones are gone)
 * @param vaultBytes               their sealed size in bytes
 * @param capturesPurged           captures purged in the period (retention ended or consent withdrawn)
 * @param accessAlerts             bulk-access alerts raised in the period
 * @param suspensions              logins suspended for bulk access in the period
 */
public record PersonalDataFigures(Map<String, Long> consentsGivenByMonth, Map<String, Long> consentsWithdrawnByMonth,
                                  long vaultRecords, long vaultBytes, long capturesPurged, long accessAlerts, long suspensions) {

    public PersonalDataFigures {
        consentsGivenByMonth = Map.copyOf(consentsGivenByMonth);
        consentsWithdrawnByMonth = Map.copyOf(consentsWithdrawnByMonth);
    }
}
