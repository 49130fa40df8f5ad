package dev.momosim.simulator.junit5;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.control.SimulatorControl;
import dev.momosim.simulator.junit5.MomoSimulatorTest.Lifecycle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link MomoSimulatorTest}: starts simulators on free ports, resets a
 * shared one before each test, stops them, and resolves {@link MomoSimulator}, {@link
 * SimulatorControl}, {@link SandboxCredentials} and {@link SimulatorUrl} parameters.
 *
 * <p>All state lives in the extension store: a shared simulator in the store of the class carrying
 * the annotation, a per-test one in the test's store. The extension itself is stateless. Used
 * through {@code @ExtendWith(MomoSimulatorExtension.class)} without the annotation, it runs the
 * default configuration {@link Lifecycle#PER_CLASS}.
 */
public final class MomoSimulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(MomoSimulatorExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_CLASS) {
      shared(context, settings);
    } else if (settings.lifecycle() == Lifecycle.TENANT_PER_CLASS) {
      classTenant(context, settings);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Settings settings = settings(context);
    switch (settings.lifecycle()) {
      case PER_TEST ->
          context
              .getStore(NAMESPACE)
              .put(settings.key(), RunningSimulator.start(config(context, settings)));
      case PER_CLASS -> shared(context, settings).reset();
      case TENANT_PER_CLASS -> classTenant(context, settings).reset();
      case TENANT_PER_TEST ->
          context
              .getStore(NAMESPACE)
              .put(
                  settings.tenantKey(),
                  TenantLease.open(
                      runShared(context, settings).simulator(),
                      context.getRequiredTestMethod().getName()));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Settings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_TEST) {
      stop(context, settings);
    } else if (settings.lifecycle() == Lifecycle.TENANT_PER_TEST) {
      release(context, settings);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Settings settings = settings(context);
    if (context.getTestClass().orElse(null) == settings.owner()) {
      stop(context, settings);
      release(context, settings);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(SimulatorUrl.class)) {
      return type == String.class || type == URI.class;
    }
    if (parameter.isAnnotated(SimulatorTenant.class)) {
      return type == String.class;
    }
    return type == MomoSimulator.class
        || type == SimulatorControl.class
        || type == SandboxCredentials.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Settings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.TENANT_PER_CLASS
        || settings.lifecycle() == Lifecycle.TENANT_PER_TEST) {
      return resolveInTenant(parameter, tenant(context, parameter, settings));
    }
    if (parameter.isAnnotated(SimulatorTenant.class)) {
      return null;
    }
    MomoSimulator simulator = running(context, parameter).simulator();
    Class<?> type = parameter.getParameter().getType();
    if (parameter.isAnnotated(SimulatorUrl.class)) {
      return type == URI.class ? URI.create(simulator.baseUrl()) : simulator.baseUrl();
    }
    if (type == SimulatorControl.class) {
      return simulator.control();
    }
    if (type == SandboxCredentials.class) {
      return SandboxCredentials.of(simulator);
    }
    return simulator;
  }

  private static Object resolveInTenant(ParameterContext parameter, TenantLease tenant) {
    Class<?> type = parameter.getParameter().getType();
    MomoSimulator simulator = tenant.simulator();
    if (parameter.isAnnotated(SimulatorUrl.class)) {
      return type == URI.class ? URI.create(simulator.baseUrl()) : simulator.baseUrl();
    }
    if (parameter.isAnnotated(SimulatorTenant.class)) {
      return tenant.id();
    }
    if (type == SimulatorControl.class) {
      return tenant.control();
    }
    if (type == SandboxCredentials.class) {
      return tenant.credentials();
    }
    return simulator;
  }

  private static TenantLease tenant(
      ExtensionContext context, ParameterContext parameter, Settings settings) {
    if (settings.lifecycle() == Lifecycle.TENANT_PER_CLASS) {
      return classTenant(context, settings);
    }
    TenantLease own = context.getStore(NAMESPACE).get(settings.tenantKey(), TenantLease.class);
    if (own == null) {
      throw new ParameterResolutionException(
          "No tenant exists for "
              + parameter.getDeclaringExecutable()
              + ": with lifecycle TENANT_PER_TEST it exists only in @BeforeEach, @Test and"
              + " @AfterEach methods.");
    }
    return own;
  }

  /** The tenant of the owning class, made on first use and kept in that class's store. */
  private static TenantLease classTenant(ExtensionContext context, Settings settings) {
    ExtensionContext owner = ownerContext(context, settings);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            settings.tenantKey(),
            key ->
                TenantLease.open(
                    runShared(context, settings).simulator(),
                    settings.owner() == null ? "class" : settings.owner().getSimpleName()),
            TenantLease.class);
  }

  /**
   * The simulator every class of the run with this configuration shares: kept in the root store,
   * closed when the run ends.
   */
  private static RunningSimulator runShared(ExtensionContext context, Settings settings) {
    SimulatorConfig config = config(context, settings);
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "shared simulator:" + config.sharingKey(),
            key -> RunningSimulator.start(config),
            RunningSimulator.class);
  }

  private static void release(ExtensionContext context, Settings settings) {
    TenantLease own = context.getStore(NAMESPACE).remove(settings.tenantKey(), TenantLease.class);
    if (own != null) {
      own.close();
    }
  }

  private static RunningSimulator running(ExtensionContext context, ParameterContext parameter) {
    Settings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_CLASS) {
      // Started on first use, so constructors of @TestInstance(PER_CLASS) classes can have it too.
      return shared(context, settings);
    }
    RunningSimulator running =
        context.getStore(NAMESPACE).get(settings.key(), RunningSimulator.class);
    if (running == null) {
      throw new ParameterResolutionException(
          "No MoMo simulator runs for "
              + parameter.getDeclaringExecutable()
              + ": with lifecycle PER_TEST it exists only in @BeforeEach, @Test and @AfterEach methods.");
    }
    return running;
  }

  /** The simulator of the owning class, started on first use and kept in that class's store. */
  private static RunningSimulator shared(ExtensionContext context, Settings settings) {
    return ownerContext(context, settings)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            settings.key(),
            key -> RunningSimulator.start(config(context, settings)),
            RunningSimulator.class);
  }

  private static void stop(ExtensionContext context, Settings settings) {
    // Store removal never reaches parent contexts: only what this context started stops here.
    RunningSimulator own =
        context.getStore(NAMESPACE).remove(settings.key(), RunningSimulator.class);
    if (own != null) {
      own.close();
    }
  }

  private static ExtensionContext ownerContext(ExtensionContext context, Settings settings) {
    for (Optional<ExtensionContext> at = Optional.of(context);
        at.isPresent();
        at = at.get().getParent()) {
      if (at.get().getTestMethod().isEmpty()
          && at.get().getTestClass().orElse(null) == settings.owner()) {
        return at.get();
      }
    }
    return context;
  }

  /**
   * The settings of the innermost class carrying {@link MomoSimulatorTest} (its "owner"): a
   * {@code @Nested} class without its own annotation shares its enclosing class's simulator.
   * Without any annotation, the outermost test class owns a default PER_CLASS simulator.
   */
  private static Settings settings(ExtensionContext context) {
    Class<?> outermost = null;
    for (Optional<ExtensionContext> at = Optional.of(context);
        at.isPresent();
        at = at.get().getParent()) {
      Class<?> type = at.get().getTestClass().orElse(null);
      if (type == null) {
        continue;
      }
      Optional<MomoSimulatorTest> found =
          AnnotationSupport.findAnnotation(type, MomoSimulatorTest.class);
      if (found.isPresent()) {
        return new Settings(
            type, found.get().lifecycle(), found.get().config(), found.get().configResource());
      }
      outermost = type;
    }
    return new Settings(outermost, Lifecycle.PER_CLASS, "", "");
  }

  private static SimulatorConfig config(ExtensionContext context, Settings settings) {
    try {
      SimulatorConfig config = SimulatorConfig.defaults();
      if (!settings.configResource().isBlank()) {
        config = config.merge(resource(context, settings.configResource()));
      }
      if (!settings.config().isBlank()) {
        config = config.merge(settings.config());
      }
      return config.withPort(0);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException("@MomoSimulatorTest: " + e.getMessage(), e);
    }
  }

  private static String resource(ExtensionContext context, String name) {
    ClassLoader loader =
        context
            .getTestClass()
            .map(Class::getClassLoader)
            .orElse(Thread.currentThread().getContextClassLoader());
    String path = name.startsWith("/") ? name.substring(1) : name;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("configResource " + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read configResource " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The annotation's values and the class that declares them, whose store keeps a shared simulator.
   */
  private record Settings(
      Class<?> owner, Lifecycle lifecycle, String config, String configResource) {
    String key() {
      return "simulator:" + (owner == null ? "" : owner.getName());
    }

    String tenantKey() {
      return "tenant:" + (owner == null ? "" : owner.getName());
    }
  }
}
