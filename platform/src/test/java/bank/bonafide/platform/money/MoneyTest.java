package bank.bonafide.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsReadAsPeopleWriteThem() {
        assertThat(Money.plain(new BigDecimal("964.0000"))).isEqualTo("964.00");
        assertThat(Money.plain(new BigDecimal("9.64E+2"))).isEqualTo("964.00");
        assertThat(Money.plain(new BigDecimal("0.96"))).isEqualTo("0.96");
        assertThat(Money.plain(new BigDecimal("0.0435"))).isEqualTo("0.0435");
        assertThat(Money.plain(BigDecimal.ZERO)).isEqualTo("0.00");
    }

    @Test
    void currenciesNeverMix() {
        assertThat(Money.of("100.50", "CNY").plus(Money.of("0.50", "CNY")).sameAs(Money.of("101", "CNY"))).isTrue();
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "EUR"))).hasMessageContaining("cannot combine CNY with EUR");
        assertThatThrownBy(() -> Money.of("1", "RMB")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.zero("JPY").toString()).isEqualTo("JPY 0");
    }
}
