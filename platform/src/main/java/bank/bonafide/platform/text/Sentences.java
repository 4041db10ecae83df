package bank.bonafide.platform.text;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded context's sentences for people (refusals and confirmations its boundary answers with), in the reader's
 * language. The reader is whoever the current request answers: on a staff or customer screen that is the page's
 * language; for the API, a timer or a test it is English. Each context keeps its bundle next to its code
 * ({@code sentences.properties} in English, {@code sentences_zh_CN.properties} in Chinese), so a rule and the way it
 * is explained change together, and a screen never has to recognise a module's English to translate it.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... filled in one pass: an apostrophe needs no escaping and a filled
 * value is never read as a placeholder. A key missing from the bundle reads as the key, which a test then sees.
 */
public final class Sentences {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    /** English is the base bundle; no fallback to the server's default locale, which may be anything. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile boolean facesRuns = true;

    private final String baseName;
    private final ClassLoader loader;

    private Sentences(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The sentences in {@code sentences*.properties} of the owner's package. */
    public static Sentences of(Class<?> owner) {
        return new Sentences(owner.getPackageName() + ".sentences", owner.getClassLoader());
    }

    /** The sentence under {@code key} in the reader's language, its placeholders filled. */
    public String say(String key, Object... values) {
        return sayIn(readerLocale(), key, values);
    }

    public String sayIn(Locale locale, String key, Object... values) {
        ResourceBundle bundle = bundle(locale);
        return fill(bundle.containsKey(key) ? bundle.getString(key) : key, values);
    }

    /**
     * What is wrong with the translation, for a test: keys one language has and the other lacks, and sentences whose
     * placeholders differ between the languages (a missing {@code {1}} would drop a value silently).
     */
    public List<String> translationProblems(Locale translation) {
        ResourceBundle english = bundle(Locale.ROOT);
        Properties other = own(translation);
        List<String> problems = new ArrayList<>();
        for (String key : english.keySet()) {
            String translated = other.getProperty(key);
            if (translated == null) {
                problems.add(key + ": no " + translation + " sentence");
            } else if (!placeholders(english.getString(key)).equals(placeholders(translated))) {
                problems.add(key + ": placeholders " + placeholders(english.getString(key)) + " in English but "
                        + placeholders(translated) + " in " + translation);
            }
        }
        other.stringPropertyNames().stream().filter(k -> !english.containsKey(k)).forEach(k -> problems.add(k + ": only in " + translation));
        return problems;
    }

    /** The translation's own sentences, without the English it falls back to. */
    private Properties own(Locale translation) {
        String file = baseName.replace('.', '/') + "_" + translation + ".properties";
        Properties own = new Properties();
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in != null) {
                own.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return own;
    }

    /** {@code {0}}, {@code {1}}, ... replaced by the values, in one pass. */
    public static String fill(String template, Object... values) {
        if (values.length == 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < values.length ? String.valueOf(values[index]) : m.group();
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /** The language of the page being answered; English when no page is (API, timers, in-container tests). */
    public static Locale readerLocale() {
        if (!facesRuns) {
            return Locale.ROOT;
        }
        FacesContext faces;
        try {
            faces = FacesContext.getCurrentInstance();
        } catch (LinkageError noFacesImplementation) {
            // a unit test: the Faces API is on the class path, its implementation is not
            facesRuns = false;
            return Locale.ROOT;
        }
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        return view == null || view.getLocale() == null ? Locale.ROOT : view.getLocale();
    }

    private ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No sentences at " + baseName, e);
        }
    }

    private static Set<String> placeholders(String sentence) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
