package dev.momosim.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.momosim.client");

  @Test
  void mainCodeNeverSleeps() {
    noClasses()
        .should()
        .callMethod(Thread.class, "sleep", long.class)
        .orShould()
        .callMethod(Thread.class, "sleep", long.class, int.class)
        .check(MAIN);
  }

  @Test
  void onlyTheEnvironmentConfigReadsTheEnvironment() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(EnvironmentConfig.class.getName())
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .callMethod(System.class, "getenv", String.class)
        .check(MAIN);
  }

  @Test
  void mainCodeNeverWritesToStandardStreams() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(MAIN);
  }

  @Test
  void theClientNeverDependsOnTheSimulator() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.momosim.simulator..")
        .check(MAIN);
  }

  @Test
  void internalCodeNeverDependsOnTheClientFacade() {
    noClasses()
        .that()
        .resideInAPackage("dev.momosim.client.internal..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(MomoClient.class.getName())
        .check(MAIN);
  }
}
