package bank.bonafide.platform.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * For a module's unit test: every sentence key its code says with a literal ({@code say("key", ...)} or
 * {@code sayIn(locale, "key", ...)}) is in the bundle of the speaking class's package, and the Chinese bundle
 * translates every English sentence with the same placeholders. Keys built at run time are not seen here.
 */
public final class SentenceCoverage {

    private static final Pattern SAID = Pattern.compile("\\bsay(?:In\\([^,]+,)?\\(?\\s*\"([^\"]+)\"");

    private SentenceCoverage() {
    }

    /** The problems in the module whose main sources are under {@code sources}; empty when there are none. */
    public static List<String> problems(Path sources) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (!code.contains("Sentences.of(")) {
                    continue;
                }
                String packageName = sources.relativize(file.getParent()).toString().replace('/', '.');
                Class<?> speaker = Class.forName(packageName + "." + file.getFileName().toString().replace(".java", ""));
                Sentences sentences = Sentences.of(speaker);
                Matcher m = SAID.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    if (sentences.sayIn(Locale.ROOT, key).equals(key)) {
                        problems.add(file.getFileName() + " says " + key + ", which " + packageName + ".sentences lacks");
                    }
                }
                sentences.translationProblems(Locale.SIMPLIFIED_CHINESE).stream().map(p -> packageName + ": " + p)
                        .filter(p -> !problems.contains(p)).forEach(problems::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Run from the module's own tests: " + e.getMessage(), e);
        }
        return problems;
    }
}
