package bank.bonafide.identity.verification.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One check's result as it came back, before the policy judges it. */
public sealed interface Factor {

    /** Face comparison from the terminal vendor; judged against the pack's threshold, never the vendor's. */
    record FaceComparison(BigDecimal score, Liveness liveness, String modelVersion, String imageSha256) implements Factor {
        public enum Liveness { PASSED, FAILED, NOT_PERFORMED }
    }

    /** The lost/stolen document registry; {@code answer} TRUE means the document is reported lost. */
    record LostDocumentCheck(CheckAnswer reportedLost, LocalDate reportedOn) implements Factor {
    }

    /** The customer (or staff for them) reported this document lost to the bank itself; it refuses from that moment. */
    record LostReportedToBank(LocalDate reportedOn) implements Factor {
    }

    /** CAMARA KYC Match: is the phone number registered to this ID document and name? */
    record KycMatch(CheckAnswer idDocumentMatch, CheckAnswer nameMatch) implements Factor {
    }

    /** CAMARA Number Verification: does the device in use hold the phone number? */
    record NumberVerification(CheckAnswer devicePhoneNumberVerified) implements Factor {
    }

    /** CAMARA SIM Swap: was the SIM swapped within the pack's window? TRUE is a warning, not a pass. */
    record SimSwap(CheckAnswer swappedWithinWindow) implements Factor {
    }

    /** A one-time code; it proves possession only when sent to a number proven to be the customer's. */
    record OneTimeCode(boolean matched, boolean sentToVerifiedNumber) implements Factor {
    }

    record PaymentPassword(boolean matched) implements Factor {
    }

    /** A counter officer inspected the original document in person. */
    record CounterOfficerCheck(String officerId, boolean documentInspected) implements Factor {
    }
}
