package bank.bonafide.platform.rules;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * All rule packs shipped in {@code rulepacks/} (listed in {@code rulepacks/index.json}), validated
 * together: ids unique, and per jurisdiction no two packs in force on the same day.
 *
 * <p>Answers "which pack applies to this jurisdiction at this instant": an event is judged by the pack in
 * force when it happened, whatever is in force today.
 */
public final class RulePacks {

    private static final Logger LOG = Logger.getLogger(RulePacks.class.getName());
    static final String FOLDER = "rulepacks/";
    private static volatile RulePacks shipped;

    private final List<RulePack> packs;

    RulePacks(List<RulePack> packs) {
        packs = supersede(packs);
        this.packs = List.copyOf(packs);
        Set<String> ids = new HashSet<>();
        for (RulePack p : packs) {
            if (!ids.add(p.id() + " v" + p.version())) {
                throw new RulePackException(p.file() + ": version: " + p.id() + " v" + p.version() + " exists already");
            }
        }
        for (RulePack p : packs) {
            for (RulePack q : packs) {
                if (p != q && p.jurisdiction().equals(q.jurisdiction()) && overlap(p, q)) {
                    throw new RulePackException(p.file() + ": effectiveFrom: " + p.id() + " and " + q.id()
                            + " are both in force on " + later(p, q) + " for " + p.jurisdiction());
                }
            }
        }
    }

    /** The packs shipped with the application; loaded and validated once (a broken pack fails the deploy). */
    public static RulePacks shipped() {
        RulePacks r = shipped;
        if (r == null) {
            synchronized (RulePacks.class) {
                if (shipped == null) {
                    shipped = load(RulePacks.class.getClassLoader());
                    shipped.packs.forEach(p -> LOG.info(() -> "rule pack " + p.id() + " v" + p.version() + " ("
                            + p.jurisdiction() + ") in force " + p.effectiveFrom() + " to "
                            + (p.effectiveTo() == null ? "now" : p.effectiveTo()) + ", from " + p.file()));
                }
                r = shipped;
            }
        }
        return r;
    }

    static RulePacks load(ClassLoader loader) {
        List<RulePack> packs = new ArrayList<>();
        String index = FOLDER + "index.json";
        InputStream in = loader.getResourceAsStream(index);
        if (in == null) {
            throw new RulePackException(index + ": file not found");
        }
        List<String> files = new ArrayList<>();
        try (var reader = Json.createReader(in)) {
            for (JsonValue v : reader.readObject().getJsonArray("packs")) {
                files.add(((JsonString) v).getString());
            }
        } catch (RuntimeException e) {
            throw new RulePackException(index + ": packs: must be a list of file names", e);
        }
        for (String file : files) {
            packs.add(RulePackReader.read(FOLDER + file, loader.getResourceAsStream(FOLDER + file)));
        }
        return new RulePacks(packs);
    }

    public List<RulePack> all() {
        return packs.stream().sorted(Comparator.comparing(RulePack::jurisdiction).thenComparing(RulePack::effectiveFrom)).toList();
    }

    /** The pack of {@code jurisdiction} in force at {@code at} (judged on the jurisdiction's own calendar date). */
    public RulePack inForce(String jurisdiction, Instant at) {
        return packs.stream()
                .filter(p -> p.jurisdiction().equals(jurisdiction))
                .filter(p -> p.inForceOn(at.atZone(p.calendar().zone()).toLocalDate()))
                .findFirst()
                .orElseThrow(() -> new RulePackException("no " + jurisdiction + " rule pack is in force at " + at));
    }

    public RulePack byId(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new RulePackException("no rule pack " + id));
    }

    /**
     * Versions of one pack form a chain: each version ends where the next one starts, so loading
     * version 2 from a future date leaves version 1 in force until then.
     */
    static List<RulePack> supersede(List<RulePack> packs) {
        List<RulePack> chained = new ArrayList<>();
        for (RulePack p : packs) {
            RulePack next = packs.stream()
                    .filter(q -> q.id().equals(p.id()) && q.version() > p.version())
                    .min(Comparator.comparingInt(RulePack::version))
                    .orElse(null);
            if (next == null) {
                chained.add(p);
            } else if (!next.effectiveFrom().isAfter(p.effectiveFrom())) {
                throw new RulePackException(next.file() + ": effectiveFrom: version " + next.version() + " of " + p.id()
                        + " must start after version " + p.version() + " (" + p.effectiveFrom() + ")");
            } else if (p.effectiveTo() == null || p.effectiveTo().isAfter(next.effectiveFrom())) {
                chained.add(new RulePack(p.id(), p.jurisdiction(), p.version(), p.effectiveFrom(), next.effectiveFrom(),
                        p.file(), p.calendar(), p.clocks(), p.amounts(), p.parameters(), p.policy()));
            } else {
                chained.add(p);
            }
        }
        return chained;
    }

    /** The shipped packs plus the versions loaded at run time, checked together. */
    public static RulePacks with(RulePacks base, List<RulePack> loaded) {
        List<RulePack> all = new ArrayList<>(base.packs);
        all.addAll(loaded);
        return new RulePacks(all);
    }

    private static boolean overlap(RulePack p, RulePack q) {
        boolean pEndsBeforeQ = p.effectiveTo() != null && !p.effectiveTo().isAfter(q.effectiveFrom());
        boolean qEndsBeforeP = q.effectiveTo() != null && !q.effectiveTo().isAfter(p.effectiveFrom());
        return !pEndsBeforeQ && !qEndsBeforeP;
    }

    private static java.time.LocalDate later(RulePack p, RulePack q) {
        return p.effectiveFrom().isAfter(q.effectiveFrom()) ? p.effectiveFrom() : q.effectiveFrom();
    }
}
