package bank.bonafide.systemtest.support;

import bank.bonafide.systemtest.probe.ProbeLedger;
import java.io.File;
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

    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        File ear = new File(System.getProperty("bonafide.ear", "target/deploy/bonafide.ear"));
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "outbox-probe.jar")
                .addPackage(ProbeLedger.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "system-test.war")
                .addClasses(testClasses)
                .addPackage(Eventually.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return archive.addAsModule(probe).addAsModule(tests);
    }
}
