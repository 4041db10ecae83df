package bank.bonafide.identity.verification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedApplicantTest {

    @Test
    void idNumberPhoneAndNameAreMaskedForStaffScreens() {
        MaskedApplicant masked = MaskedApplicant.of(new Applicant("Li Na", "440106198801011234", "+8613800000001", null, null));
        assertThat(masked.idDocumentNumber()).isEqualTo("4401**********1234");
        assertThat(masked.phoneNumber()).isEqualTo("+86138****0001");
        assertThat(masked.name()).isEqualTo("L* N*");
    }

    @Test
    void chineseNamesAndShortValuesNeverShowInFull() {
        assertThat(MaskedApplicant.name("王芳")).isEqualTo("王*");
        assertThat(MaskedApplicant.name("X")).isEqualTo("X*");
        assertThat(MaskedApplicant.keep("12345678", 4, 4)).isEqualTo("********");
    }
}
