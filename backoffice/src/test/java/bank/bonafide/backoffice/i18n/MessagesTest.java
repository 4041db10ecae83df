package bank.bonafide.backoffice.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The back office's {@code msg} bundle: English (the default, {@code messages.properties}) and Chinese
 * ({@code messages_zh_CN.properties}) have the same sentences with the same placeholders, and every key the pages
 * ({@code msg['key']}, {@code msg.key}) and the beans ({@code Texts.of("key", ...)}) name is in it. A key missing
 * from the bundle would show on screen as the key itself.
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/bank/bonafide/backoffice/i18n");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path PAGES = Path.of("src/main/webapp");

    /** Chinese words for enum names; English reads them from the names themselves (StaffScreen.words). */
    private static final String ZH_ONLY = "word.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /**
     * {@code Texts.of("key"} and {@code Texts.of(condition ? "key" : "other"}: the literal keys a bean says. A literal
     * that only begins a key ({@code Texts.of("word." + name)}) is not a key and is left out.
     */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "Texts\\.of\\(\\s*(?:[^\"(),;]*\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?(?=\\s*[,)])");
    /** {@code msg['key']} or {@code msg["key"]} in a page. */
    private static final Pattern PAGE_BRACKET_KEY = Pattern.compile("(?<![\\w.])msg\\[\\s*(?:'([^']+)'|\"([^\"]+)\")\\s*]");
    /** {@code msg.key} in a page (a key without dots). */
    private static final Pattern PAGE_DOT_KEY = Pattern.compile("(?<![\\w.])msg\\.([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void englishAndChineseHaveTheSameKeys() {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");

        Set<String> notInChinese = new TreeSet<>(english.stringPropertyNames());
        notInChinese.removeAll(chinese.stringPropertyNames());
        Set<String> notInEnglish = new TreeSet<>(chinese.stringPropertyNames());
        notInEnglish.removeAll(english.stringPropertyNames());
        notInEnglish.removeIf(key -> key.startsWith(ZH_ONLY));

        assertThat(notInChinese).as("keys in messages.properties without a Chinese sentence").isEmpty();
        assertThat(notInEnglish).as("keys in messages_zh_CN.properties without an English sentence").isEmpty();
    }

    @Test
    void eachSentenceHasTheSamePlaceholdersInBothLanguages() {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");

        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String translated = chinese.getProperty(key);
            if (translated != null && !placeholders(english.getProperty(key)).equals(placeholders(translated))) {
                different.add(key + ": " + placeholders(english.getProperty(key)) + " in English, " + placeholders(translated)
                        + " in Chinese");
            }
        }
        assertThat(different).as("sentences whose placeholders differ between English and Chinese").isEmpty();
    }

    @Test
    void everyKeyTheBeansSayIsInTheBundle() {
        Properties english = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = JAVA_KEY.matcher(read(source));
            while (m.find()) {
                for (int group = 1; group <= 2; group++) {
                    String key = m.group(group);
                    if (key != null && !english.containsKey(key)) {
                        missing.add(key + " (" + JAVA.relativize(source) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("Texts.of keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyThePagesShowIsInTheBundle() {
        Properties english = load("messages.properties");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path page : files(PAGES, ".xhtml")) {
            String text = read(page);
            List<String> keys = new ArrayList<>();
            Matcher bracket = PAGE_BRACKET_KEY.matcher(text);
            while (bracket.find()) {
                keys.add(bracket.group(1) != null ? bracket.group(1) : bracket.group(2));
            }
            Matcher dot = PAGE_DOT_KEY.matcher(text);
            while (dot.find()) {
                keys.add(dot.group(1));
            }
            found += keys.size();
            keys.stream().filter(key -> !english.containsKey(key))
                    .forEach(key -> missing.add(key + " (" + PAGES.relativize(page) + ")"));
        }
        assertThat(found).as("msg keys found in the pages (the scan must see them)").isPositive();
        assertThat(missing).as("page keys missing from messages.properties").isEmpty();
    }

    private static Set<String> placeholders(String sentence) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** A bundle file as Java 9+ reads it: UTF-8 (a byte that is not UTF-8 fails the test). */
    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        assertThat(properties).as(name).isNotEmpty();
        return properties;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("%s files under %s", suffix, root).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(root.toString(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
