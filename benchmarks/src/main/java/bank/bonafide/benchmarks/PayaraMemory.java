package bank.bonafide.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set size of the Payara Server process, as the kernel counts it ({@code VmRSS} in /proc). */
public final class PayaraMemory {

    private final long pid;

    public PayaraMemory(long pid) {
        this.pid = pid;
    }

    /** Reads the pid Payara writes into its domain's config folder. */
    public static PayaraMemory ofPidFile(Path pidFile) {
        try {
            return new PayaraMemory(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read Payara's pid from " + pidFile, e);
        }
    }

    public long pid() {
        return pid;
    }

    /** Resident set size in MiB. */
    public double residentMiB() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no VmRSS for pid " + pid));
        } catch (IOException e) {
            throw new IllegalStateException("Payara (pid " + pid + ") is not running", e);
        }
    }
}
