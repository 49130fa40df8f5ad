package dev.momosim.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The big rules of the house style and the client's package layering, checked on main code. */
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

  /**
   * Every package of the client, the root package {@code dev.momosim.client} included, is a slice
   * of its own (a pattern such as {@code dev.momosim.client.(**)} would leave the root out).
   */
  @Test
  void noPackageDependsOnItselfInACircle() {
    slices().assignedFrom(ONE_SLICE_PER_PACKAGE).should().beFreeOfCycles().check(MAIN);
  }

  /**
   * The layering written in {@code docs/architecture.md} and {@code package-info.java}: the entry
   * points wire the implementation to the product interfaces; the product packages use only the
   * shared operations, the exception family and the model, and never each other; the model uses
   * nothing else of the client.
   */
  @Test
  void packagesUseOnlyTheLayersBelowThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture()
        .layer("Entry points")
        .definedBy("dev.momosim.client")
        .layer("Implementation")
        .definedBy("dev.momosim.client.internal..")
        .layer("Collections")
        .definedBy("dev.momosim.client.collections..")
        .layer("Disbursements")
        .definedBy("dev.momosim.client.disbursements..")
        .layer("Remittances")
        .definedBy("dev.momosim.client.remittances..")
        .layer("Provisioning")
        .definedBy("dev.momosim.client.provisioning..")
        .layer("Product")
        .definedBy("dev.momosim.client.product..")
        .layer("Exceptions")
        .definedBy("dev.momosim.client.exception..")
        .layer("Model")
        .definedBy("dev.momosim.client.model..")
        .whereLayer("Entry points")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Implementation")
        .mayOnlyBeAccessedByLayers("Entry points")
        .whereLayer("Collections")
        .mayOnlyBeAccessedByLayers("Entry points", "Implementation")
        .whereLayer("Disbursements")
        .mayOnlyBeAccessedByLayers("Entry points", "Implementation")
        .whereLayer("Remittances")
        .mayOnlyBeAccessedByLayers("Entry points", "Implementation")
        .whereLayer("Provisioning")
        .mayOnlyBeAccessedByLayers("Entry points", "Implementation")
        .whereLayer("Product")
        .mayOnlyBeAccessedByLayers(
            "Entry points",
            "Implementation",
            "Collections",
            "Disbursements",
            "Remittances",
            "Provisioning")
        .whereLayer("Exceptions")
        .mayOnlyBeAccessedByLayers(
            "Entry points",
            "Implementation",
            "Collections",
            "Disbursements",
            "Remittances",
            "Provisioning",
            "Product")
        .check(MAIN);
  }

  @Test
  void theModelDependsOnNothingElseOfTheClient() {
    noClasses()
        .that()
        .resideInAPackage("dev.momosim.client.model..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("dev.momosim.client..")
                .and(JavaClass.Predicates.resideOutsideOfPackage("dev.momosim.client.model..")))
        .check(MAIN);
  }

  private static final SliceAssignment ONE_SLICE_PER_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          return name.equals("dev.momosim.client") || name.startsWith("dev.momosim.client.")
              ? SliceIdentifier.of(name)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the packages of the client";
        }
      };
}
