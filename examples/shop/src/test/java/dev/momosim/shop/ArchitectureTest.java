package dev.momosim.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The house style's big rules on the shop's main code: it is the client's showcase. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {
  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.momosim.shop");

  @Test
  void usesOnlyTheClientNeverTheSimulator() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.momosim.simulator..")
        .check(main);
  }

  @Test
  void noStaticFieldIsMutable() {
    fields().that().areStatic().should().beFinal().check(main);
  }

  @Test
  void mainCodeNeverSleeps() {
    noClasses().should().callMethod(Thread.class, "sleep", long.class).check(main);
  }

  @Test
  void onlyTheCommandReadsTheEnvironmentOrWritesToStandardStreams() {
    noClasses()
        .that()
        .doNotHaveSimpleName("ShopCommand")
        .should()
        .callMethod(System.class, "getenv")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(main);
  }
}
