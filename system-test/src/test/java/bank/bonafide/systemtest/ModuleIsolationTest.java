package bank.bonafide.systemtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bounded contexts talk only through event records in the platform jar: no module may use another
 * module's classes, and the platform may use none of them. Fails the build on the first violation.
 */
class ModuleIsolationTest {

    private static final List<String> CONTEXTS = List.of("identity", "lending", "complaints", "compensation");
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("bank.bonafide");
    }

    @Test
    void everyContextIsImported() {
        for (String context : CONTEXTS) {
            if (classes.stream().noneMatch(c -> c.getPackageName().startsWith("bank.bonafide." + context + "."))) {
                throw new AssertionError("no classes of the " + context + " module on the classpath: the rule would pass vacuously");
            }
        }
    }

    @Test
    void noContextUsesAnotherContextsClasses() {
        for (String context : CONTEXTS) {
            String[] others = CONTEXTS.stream().filter(o -> !o.equals(context))
                    .map(o -> "bank.bonafide." + o + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("bank.bonafide." + context + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("contexts talk only through the event records in bank.bonafide.platform.event")
                    .check(classes);
        }
    }

    @Test
    void platformDependsOnNoContext() {
        noClasses().that().resideInAPackage("bank.bonafide.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        CONTEXTS.stream().map(o -> "bank.bonafide." + o + "..").toArray(String[]::new))
                .check(classes);
    }
}
