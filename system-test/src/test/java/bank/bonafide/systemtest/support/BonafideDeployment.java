package bank.bonafide.systemtest.support;

import bank.bonafide.systemtest.probe.ProbeLedger;
import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR exactly as Maven built it, plus a test WAR (the test classes, Arquillian's runner) and an
 * EJB module with probe observers. The probe must be an EJB module: observers in a WAR are not visible
 * to events relayed from the EJB modules.
 */
public final class BonafideDeployment {

    private BonafideDeployment() {
    }

    /** The EAR exactly as built, for black-box tests that drive it over HTTP. */
    public static EnterpriseArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File earFile() {
        return new File(System.getProperty("bonafide.ear", "target/deploy/bonafide.ear"));
    }

    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "outbox-probe.jar")
                .addPackage(ProbeLedger.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "system-test.war")
                .addClasses(testClasses)
                .addClasses(Eventually.class, Sql.class, SeedCase.class, TestWarAccess.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // In-container tests assert with AssertJ too; the server does not have it.
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class));
        // The EAR has several WARs: tell Arquillian which one carries its test runner.
        return archive.addAsModule(probe).addAsModule(Testable.archiveToTest(tests));
    }
}
