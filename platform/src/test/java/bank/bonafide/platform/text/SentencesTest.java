package bank.bonafide.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private final Sentences sentences = Sentences.of(SentencesTest.class);

    @Test
    void speaksEnglishWithoutAPageAndTheAskedLanguageOtherwise() {
        assertThat(sentences.say("closed")).isEqualTo("The case is closed.");
        assertThat(sentences.sayIn(Locale.SIMPLIFIED_CHINESE, "cannotMove", "已结案", "处理中")).isEqualTo("处于已结案状态的投诉不能变为处理中。");
        // a language without a bundle reads English, never the server's default locale
        assertThat(sentences.sayIn(Locale.GERMAN, "closed")).isEqualTo("The case is closed.");
    }

    @Test
    void fillsInOnePassSoAValueIsNeverReadAsAPlaceholder() {
        assertThat(sentences.sayIn(Locale.ROOT, "cannotMove", "{1}", "decided")).isEqualTo("A complaint that is {1} cannot become decided.");
        assertThat(sentences.say("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void namesMissingSurplusAndMismatchedTranslations() {
        assertThat(sentences.translationProblems(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrder(
                "onlyEnglish: placeholders [] in English but [{0}] in zh_CN", "extra: only in zh_CN");
    }
}
