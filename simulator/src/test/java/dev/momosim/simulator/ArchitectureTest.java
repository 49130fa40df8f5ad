package dev.momosim.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
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

/** The big rules of the house style, checked on the simulator's main code. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {
  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.momosim.simulator");

  /**
   * The layering drawn in the README: the composition root wires adapters to the application layer,
   * which owns the storage port; storage implements the port; everything may use the domain.
   */
  @Test
  void adaptersUseTheApplicationLayerWhichOwnsTheStoragePort() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Composition")
        .definedBy("dev.momosim.simulator")
        .layer("Adapters")
        .definedBy(
            "..simulator.http..",
            "..simulator.control..",
            "..simulator.callback..",
            "..simulator.junit5..")
        .layer("Application")
        .definedBy("dev.momosim.simulator.app")
        .layer("Port")
        .definedBy("..simulator.app.port..")
        .layer("Storage")
        .definedBy("..simulator.storage..")
        .layer("State document")
        .definedBy("..simulator.state..")
        .layer("Configuration")
        .definedBy("..simulator.config..")
        .layer("Domain")
        .definedBy("..simulator.domain..", "..simulator.behaviour..", "..simulator.binding..")
        .whereLayer("Composition")
        .mayOnlyBeAccessedByLayers("Adapters")
        .whereLayer("Adapters")
        .mayOnlyBeAccessedByLayers("Composition")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Composition", "Adapters")
        .whereLayer("Port")
        .mayOnlyBeAccessedByLayers(
            "Composition", "Adapters", "Application", "Storage", "State document", "Configuration")
        .whereLayer("Storage")
        .mayOnlyBeAccessedByLayers("Composition")
        .whereLayer("State document")
        .mayOnlyBeAccessedByLayers("Composition", "Adapters", "Storage")
        .whereLayer("Configuration")
        .mayOnlyBeAccessedByLayers("Composition", "Adapters", "Application")
        .check(main);
  }

  @Test
  void noPackageDependsOnItselfInACircle() {
    slices().assignedFrom(ONE_SLICE_PER_PACKAGE).should().beFreeOfCycles().check(main);
  }

  @Test
  void theDomainDependsOnNothingElseOfTheSimulator() {
    noClasses()
        .that()
        .resideInAPackage("..simulator.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.momosim.simulator",
            "..simulator.app..",
            "..simulator.behaviour..",
            "..simulator.storage..",
            "..simulator.config..",
            "..simulator.binding..",
            "..simulator.http..",
            "..simulator.control..",
            "..simulator.callback..",
            "..simulator.junit5..")
        .check(main);
  }

  @Test
  void noStaticStateCanChange() {
    fields().that().areStatic().should().beFinal().check(main);
  }

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

  /** Every package its own slice, the root package (MomoSimulator, Simulation) included. */
  private static final SliceAssignment ONE_SLICE_PER_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          return name.equals("dev.momosim.simulator") || name.startsWith("dev.momosim.simulator.")
              ? SliceIdentifier.of(name)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the packages of the simulator";
        }
      };
}
