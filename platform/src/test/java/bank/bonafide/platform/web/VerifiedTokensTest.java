package bank.bonafide.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private static JWTClaimsSet expiring(Instant at) {
        return new JWTClaimsSet.Builder().subject("alice").expirationTime(Date.from(at)).build();
    }

    @Test
    void aVerifiedTokenIsFoundUntilItExpiresAndNotAfter() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("bonafide-api", "header.payload.signature", expiring(NOW.plusSeconds(300)));

        assertThat(tokens.find("bonafide-api", "header.payload.signature", NOW)).map(JWTClaimsSet::getSubject).contains("alice");
        assertThat(tokens.find("bonafide-api", "header.payload.signature", NOW.plusSeconds(300))).isEmpty();
        assertThat(tokens.size()).as("the expired one is dropped").isZero();
    }

    @Test
    void onlyTheExactTokenForTheSameAudienceIsFound() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("bonafide-api", "header.payload.signature", expiring(NOW.plusSeconds(300)));

        assertThat(tokens.find("bonafide-api", "header.payload.signaturx", NOW)).as("a forged signature").isEmpty();
        assertThat(tokens.find("bonafide-api", "header.payload.signature ", NOW)).isEmpty();
        assertThat(tokens.find("bonafide-backoffice", "header.payload.signature", NOW)).as("another audience").isEmpty();
    }

    @Test
    void tokensWithoutExpiryAreNotKeptAndAFullCacheStartsAfresh() {
        VerifiedTokens tokens = new VerifiedTokens(2);
        tokens.remember("a", "never-expires", new JWTClaimsSet.Builder().subject("x").build());
        assertThat(tokens.size()).isZero();

        tokens.remember("a", "t1", expiring(NOW.plusSeconds(60)));
        tokens.remember("a", "t2", expiring(NOW.plusSeconds(60)));
        tokens.remember("a", "t3", expiring(NOW.plusSeconds(60)));
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.find("a", "t3", NOW)).isPresent();
        assertThat(tokens.find("a", "t1", NOW)).isEmpty();
    }
}
