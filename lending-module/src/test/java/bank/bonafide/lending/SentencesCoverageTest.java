package bank.bonafide.lending;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.lending.application.boundary.LoanApplications;
import bank.bonafide.lending.application.entity.ApplicationStatus;
import bank.bonafide.lending.application.entity.SigningCode;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.lending.loan.entity.Loan;
import bank.bonafide.platform.text.SentenceCoverage;
import bank.bonafide.platform.text.Sentences;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesCoverageTest {

    private final Sentences applications = Sentences.of(LoanApplications.class);
    private final Sentences loans = Sentences.of(LoanBook.class);

    @Test
    void everySentenceSaidIsInBothLanguages() {
        assertThat(SentenceCoverage.problems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void placeholdersAreFilledInEitherLanguage() {
        assertThat(applications.sayIn(Locale.ROOT, "application.amountRange", "Salary loan", "CNY", "1000", "200000"))
                .isEqualTo("Salary loan lends CNY 1000 to 200000.");
        assertThat(applications.sayIn(Locale.SIMPLIFIED_CHINESE, "application.amountRange", "Salary loan", "CNY", "1000", "200000"))
                .isEqualTo("Salary loan的贷款金额为 CNY 1000 至 200000。");
        assertThat(loans.sayIn(Locale.ROOT, "repayment.partlyPaidAhead", 1, "CNY", "512.3"))
                .isEqualTo("Instalment 1 is partly paid ahead; pay the rest of it (CNY 512.3) first, then repay early.");
        assertThat(loans.sayIn(Locale.SIMPLIFIED_CHINESE, "repayment.partlyPaidAhead", 1, "CNY", "512.3"))
                .isEqualTo("第 1 期已部分提前还款，请先还清该期剩余款项（CNY 512.3），再办理提前还款。");
        Sentences codes = Sentences.of(SigningCode.class);
        assertThat(codes.sayIn(Locale.ROOT, "code.termsChanged"))
                .isEqualTo("The terms changed after this code was sent, so it cannot confirm them; ask for a new code for the new terms.");
        assertThat(codes.sayIn(Locale.SIMPLIFIED_CHINESE, "code.termsChanged"))
                .isEqualTo("该验证码发送后贷款条款已变更，无法用于确认当前条款，请针对新条款重新获取验证码。");
    }

    @Test
    void statusWordsReadInEnglishAsTheStatusNamesDid() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            String key = "status." + status.name().toLowerCase(Locale.ROOT);
            assertThat(applications.sayIn(Locale.ROOT, key)).isEqualTo(status.name().toLowerCase());
            assertThat(applications.sayIn(Locale.SIMPLIFIED_CHINESE, key)).isNotEqualTo(key).isNotEqualTo(status.name().toLowerCase());
        }
        assertThat(loans.sayIn(Locale.ROOT, "repayment.nothingOwed", loans.sayIn(Locale.ROOT, "loan.writtenOff")))
                .isEqualTo("This loan is " + Loan.WRITTEN_OFF.toLowerCase().replace('_', ' ') + "; nothing is owed on it.");
        assertThat(loans.sayIn(Locale.ROOT, "loan.repaid")).isEqualTo(Loan.REPAID.toLowerCase().replace('_', ' '));
        assertThat(loans.sayIn(Locale.SIMPLIFIED_CHINESE, "repayment.nothingOwed", loans.sayIn(Locale.SIMPLIFIED_CHINESE, "loan.writtenOff")))
                .isEqualTo("该笔贷款已核销，无任何应还款项。");
    }
}
