package bank.bonafide.identity.evidence.boundary;

import bank.bonafide.identity.evidence.control.EvidenceLines;
import bank.bonafide.identity.evidence.control.EvidenceSheet;
import java.util.List;

/** A package as a member of staff reads it on screen: the sheet (content, seal, chain) and its content as lines. */
public record EvidenceReading(EvidenceSheet sheet, List<EvidenceLines.Line> lines) {

    public EvidenceReading {
        lines = List.copyOf(lines);
    }
}
