package bank.bonafide.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePacks;
import bank.bonafide.systemtest.support.BonafideDeployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule packs inside the deployed EAR: the shipped packs were validated and listed at deploy, and the
 * holiday library works on Payara's class loaders (it reads its calendars with JAXB).
 */
@ExtendWith(ArquillianExtension.class)
class RulePacksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return BonafideDeployment.withTests(RulePacksIT.class);
    }

    @Test
    void shippedPacksAreLoadedAndListedAtDeploy() throws Exception {
        assertEquals(5, RulePacks.shipped().all().size());
        Path log = Path.of(System.getProperty("com.sun.aas.instanceRoot"), "logs", "server.log");
        String text = Files.readString(log);
        for (RulePack pack : RulePacks.shipped().all()) {
            assertTrue(text.contains("rule pack " + pack.id() + " v" + pack.version()), pack.id() + " listed in the log");
        }
    }

    @Test
    void germanBusinessDaysWorkInsideTheServer() {
        Instant reported = LocalDateTime.parse("2026-12-24T16:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        assertEquals(LocalDate.of(2026, 12, 28),
                RulePacks.shipped().inForce("EU", reported).deadline("unauthorisedRefund", reported).dueDate());
    }
}
