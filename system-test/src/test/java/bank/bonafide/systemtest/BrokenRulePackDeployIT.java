package bank.bonafide.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.bonafide.systemtest.support.BonafideDeployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR with one rule pack broken (an unknown clock unit): the deploy must fail, and the server
 * log must name the file, the field and the problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokenRulePackDeployIT {

    static final String BROKEN = "rulepacks/eu-psd2.json";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "broken", managed = false, testable = false)
    static EnterpriseArchive deployment() throws IOException {
        EnterpriseArchive built = BonafideDeployment.asBuilt();
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "bonafide-broken.ear").merge(built);
        Node platform = ear.getContent(path -> path.get().matches("/lib/bank\\.bonafide-bonafide-platform-.*\\.jar"))
                .values().iterator().next();
        String name = platform.getPath().get().substring("/lib/".length());
        JavaArchive jar = ShrinkWrap.create(ZipImporter.class, name)
                .importFrom(platform.getAsset().openStream()).as(JavaArchive.class);
        String pack = new String(jar.get(BROKEN).getAsset().openStream().readAllBytes(), StandardCharsets.UTF_8);
        jar.delete(BROKEN);
        jar.add(new StringAsset(pack.replaceFirst("\"BUSINESS_DAYS\"", "\"WORKING_DAYS\"")), BROKEN);
        ArchivePath path = platform.getPath();
        ear.delete(path);
        return ear.addAsLibrary(jar);
    }

    @Test
    void aBrokenPackStopsTheDeployWithFileFieldAndProblem() throws IOException {
        assertThatThrownBy(() -> deployer.deploy("broken")).isInstanceOf(Exception.class);
        Path log = Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");
        assertThat(Files.readString(log))
                .contains(BROKEN + ": clocks.unauthorisedRefund.unit: must be CALENDAR_DAYS or BUSINESS_DAYS");
    }
}
