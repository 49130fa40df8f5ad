package dev.momosim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The big rules of the house style, checked on the simulator's main code. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {
  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.momosim.simulator");

  @Test
  void theDomainKnowsNothingOfVertx() {
    noClasses()
        .that()
        .resideInAPackage("..simulator.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.vertx..")
        .check(main);
  }

  @Test
  void behaviourRulesKnowNothingOfVertx() {
    noClasses()
        .that()
        .resideInAPackage("..simulator.behaviour..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.vertx..")
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

  /**
   * The command line (module {@code cli}) is the one place that may; the simulator is a library.
   */
  @Test
  void noClassReadsTheEnvironmentOrWritesStandardStreams() {
    noClasses()
        .should()
        .callMethod(System.class, "getenv", String.class)
        .orShould()
        .callMethod(System.class, "getenv")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(main);
  }

  /** Whoever embeds the simulator gets neither our client nor picocli on their classpath. */
  @Test
  void noClassUsesTheClientOrPicocli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.momosim.client..", "picocli..")
        .check(main);
  }
}
