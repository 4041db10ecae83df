package bank.bonafide.backoffice.reporting.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A filing as the history lists it (without its documents). */
public record FilingView(UUID id, long position, LocalDate periodFrom, LocalDate periodTo, String filedBy, Instant filedAt,
                         String pdfSha256, String csvSha256, String seal) {
}
