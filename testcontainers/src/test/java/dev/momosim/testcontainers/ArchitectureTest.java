package dev.momosim.testcontainers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The house rules, checked on the Testcontainers module's main code. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {
  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.momosim.testcontainers");

  @Test
  void noStaticFieldIsMutable() {
    fields().that().areStatic().should().beFinal().check(main);
  }

  /** It drives a simulator in a container only from outside: never its internals. */
  @Test
  void usesTheSimulatorOnlyThroughItsControlClientAndConfiguration() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.momosim.simulator.app..",
            "dev.momosim.simulator.storage..",
            "dev.momosim.simulator.http..",
            "dev.momosim.simulator.junit5..")
        .check(main);
  }

  @Test
  void mainCodeNeverSleeps() {
    noClasses()
        .should()
        .callMethod(Thread.class, "sleep", long.class)
        .orShould()
        .callMethod(Thread.class, "sleep", long.class, int.class)
        .check(main);
  }
}
