package dev.momosim.simulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a MoMo simulator for a test class, on a free port with its own Vert.x instance, and injects
 * {@link dev.momosim.simulator.MomoSimulator}, {@link
 * dev.momosim.simulator.control.SimulatorControl}, {@link SandboxCredentials} and the base URL
 * ({@code @SimulatorUrl String} or {@code URI}) into constructors, lifecycle methods and tests.
 *
 * <pre>{@code
 * @MomoSimulatorTest(config = "{\"approval\":{\"mode\":\"MANUAL\"}}")
 * class CheckoutTest {
 *   @Test
 *   void paysWhenThePayerApproves(@SimulatorUrl String baseUrl, SimulatorControl control) { ... }
 * }
 * }</pre>
 *
 * <p>With {@link Lifecycle#PER_CLASS} (the default) one simulator serves every test of the class
 * and is reset to its configured start state before each test; with {@link Lifecycle#PER_TEST} each
 * test gets a new one. With {@link Lifecycle#TENANT_PER_CLASS} and {@link
 * Lifecycle#TENANT_PER_TEST} one simulator serves the whole run and each class or test gets a fresh
 * tenant of it (docs/tenants.md), so classes never see each other's rules, clock, approval mode or
 * payments. Under parallel test execution, use {@code PER_TEST} or a tenant lifecycle.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MomoSimulatorExtension.class)
public @interface MomoSimulatorTest {
  /** When simulators start and stop. */
  Lifecycle lifecycle() default Lifecycle.PER_CLASS;

  /**
   * Config-file JSON merged over the defaults (and over {@link #configResource()}), e.g. {@code
   * {"approval":{"mode":"MANUAL"}}}. The port is always a free one.
   */
  String config() default "";

  /** A classpath resource holding config-file JSON, e.g. {@code momo-sim-test.json}. */
  String configResource() default "";

  /** How long a simulator is shared. */
  enum Lifecycle {
    /**
     * One simulator for the test class (and its {@code @Nested} classes), reset before each test.
     */
    PER_CLASS,
    /** A new simulator for each test. */
    PER_TEST,
    /**
     * One simulator for every class of the run with the same configuration; each class gets a fresh
     * tenant of it (its own API users, rules, clock, approval mode, payments, journals), reset
     * before each test and deleted after the class. Classes may run in parallel.
     */
    TENANT_PER_CLASS,
    /**
     * As {@link #TENANT_PER_CLASS}, with a fresh tenant for each test: tests may run in parallel.
     */
    TENANT_PER_TEST
  }
}
