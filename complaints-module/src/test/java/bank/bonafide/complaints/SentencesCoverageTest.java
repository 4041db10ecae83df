package bank.bonafide.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.complaints.complaint.boundary.ComplaintHandling;
import bank.bonafide.complaints.complaint.control.AttachmentPolicy;
import bank.bonafide.complaints.complaint.entity.ComplaintStatus;
import bank.bonafide.platform.text.SentenceCoverage;
import bank.bonafide.platform.text.Sentences;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesCoverageTest {

    private static final Sentences HANDLING = Sentences.of(ComplaintHandling.class);

    @Test
    void everySentenceSaidIsInItsBundleInEnglishAndChinese() {
        assertThat(SentenceCoverage.problems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void placeholdersAreFilledInBothLanguages() {
        assertThat(HANDLING.sayIn(Locale.ROOT, "extension.limit", "CN-2019 §4", 2))
                .isEqualTo("No further extension: CN-2019 §4 allows 2.");
        assertThat(HANDLING.sayIn(Locale.SIMPLIFIED_CHINESE, "extension.limit", "CN-2019 §4", 2))
                .isEqualTo("不能再延期：CN-2019 §4 仅允许延期 2 次。");
        assertThat(HANDLING.sayIn(Locale.ROOT, "recusal.involved", "li.wei"))
                .isEqualTo("li.wei took part in the disputed decision and may not handle this complaint (CN-14).");
        assertThat(HANDLING.sayIn(Locale.SIMPLIFIED_CHINESE, "recusal.involved", "li.wei"))
                .isEqualTo("li.wei 参与了所争议的决定，不得经办本投诉（CN-14）。");
    }

    /** The English refusals name statuses exactly as before: the name in lower-case words, lists as [a, b]. */
    @Test
    void englishStatusesReadAsTheirNamesAndChineseAsChinese() {
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertThat(HANDLING.sayIn(Locale.ROOT, "status." + s.name())).isEqualTo(s.name().toLowerCase().replace('_', ' '));
            assertThat(HANDLING.sayIn(Locale.SIMPLIFIED_CHINESE, "status." + s.name())).doesNotContainPattern("[A-Za-z]");
        }
        List<String> next = ComplaintStatus.RECEIVED.next().stream().map(s -> HANDLING.sayIn(Locale.ROOT, "status." + s.name())).toList();
        String list = HANDLING.sayIn(Locale.ROOT, "status.list", String.join(HANDLING.sayIn(Locale.ROOT, "status.list.separator"), next));
        assertThat(list).isEqualTo(next.toString()).isEqualTo("[acknowledged, escalated]");
        assertThat(HANDLING.sayIn(Locale.ROOT, "move.not.allowed", "received", "decided", list))
                .isEqualTo("A complaint that is received cannot become decided; it can become [acknowledged, escalated].");
    }

    @Test
    void aRefusedFileIsExplainedInTheLanguageAsked() {
        StringBuilder english = new StringBuilder();
        assertThat(AttachmentPolicy.check("photo.png", new byte[0], english, Locale.ROOT)).isEmpty();
        assertThat(english.toString()).isEqualTo("The file photo.png is empty.");
        StringBuilder chinese = new StringBuilder();
        byte[] over = new byte[AttachmentPolicy.MAX_BYTES + 1];
        assertThat(AttachmentPolicy.check("报案回执.pdf", over, chinese, Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(chinese.toString()).isEqualTo("文件 报案回执.pdf 超过 5 MB 的单个文件上限，请发送较小的扫描件或照片。");
    }
}
