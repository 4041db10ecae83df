package bank.bonafide.systemtest.probe;

import bank.bonafide.platform.event.complaints.ComplaintFiled;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test device: counts every delivery attempt of a ComplaintFiled per complaint reference, and fails the
 * first attempts of complaints whose description asks for it ({@code [probe:fail-2]}). The counts are
 * deliberately not transactional, so they also record attempts that rolled back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProbeLedger {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();

    public void record(ComplaintFiled event, String description) {
        int attempt = attempts.computeIfAbsent(event.reference(), r -> new AtomicInteger()).incrementAndGet();
        int failures = description.contains("[probe:fail-2]") ? 2 : 0;
        if (attempt <= failures) {
            throw new IllegalStateException("probe fails attempt " + attempt + " on purpose");
        }
        successes.computeIfAbsent(event.reference(), r -> new AtomicInteger()).incrementAndGet();
    }

    public int attempts(String reference) {
        return attempts.getOrDefault(reference, new AtomicInteger()).get();
    }

    public int successes(String reference) {
        return successes.getOrDefault(reference, new AtomicInteger()).get();
    }
}
