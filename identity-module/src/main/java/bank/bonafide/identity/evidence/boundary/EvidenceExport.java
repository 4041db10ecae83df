package bank.bonafide.identity.evidence.boundary;

/** An exported evidence package: the bytes, their media type, and a file name for the download. */
public record EvidenceExport(byte[] content, String mediaType, String fileName) {

    /** How the package is exported: JSON is authoritative (its content is what the seal covers), PDF is for reading. */
    public enum Format { JSON, PDF }
}
