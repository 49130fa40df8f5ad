package dev.momosim.contract.target;

import dev.momosim.client.MomoClient;
import dev.momosim.contract.parity.ParityWatcher;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the run's {@link MomoTarget} (or its {@link MomoClient}, {@link RawApi}). The target
 * is started and provisioned once per run, in the root store, and closed when the run ends. A test
 * is skipped, with one line saying what to set, when the target's settings are missing, and a test
 * tagged {@value #SIMULATOR_ONLY} is skipped on the sandbox. While a test runs, every answer the
 * target gives it goes, as received, to the test's parity observations. Stateless: all state is in
 * the store.
 */
public final class TargetExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** The tag of tests that need a simulator's control API or callbacks. */
  public static final String SIMULATOR_ONLY = "simulator-only";

  private static final Namespace NAMESPACE = Namespace.create(TargetExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    TargetSettings settings = settings(context);
    settings
        .missing()
        .ifPresent(
            line -> {
              // Printed once per run, then every test is skipped with the same line.
              context
                  .getRoot()
                  .getStore(NAMESPACE)
                  .getOrComputeIfAbsent(
                      "skip-line-printed",
                      key -> {
                        System.err.println("[momo contract tests] " + line);
                        return Boolean.TRUE;
                      });
              Assumptions.abort(line);
            });
    if (!settings.kind().isSimulator() && context.getTags().contains(SIMULATOR_ONLY)) {
      Assumptions.abort(
          "simulator-only: needs the control API of a simulator target, not '"
              + settings.kind().id()
              + "'");
    }
    target(context).listen(ParityWatcher.observations(context));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Started started = context.getRoot().getStore(NAMESPACE).get(Started.class, Started.class);
    if (started != null) {
      started.target().ifPresent(target -> target.listen(null));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MomoTarget.class || type == MomoClient.class || type == RawApi.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MomoTarget target = target(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == MomoClient.class) {
      return target.client();
    }
    return type == RawApi.class ? target.raw() : target;
  }

  private static TargetSettings settings(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            TargetSettings.class, key -> TargetSettings.fromSystem(), TargetSettings.class);
  }

  /**
   * The run's target, started on first use; a failed start is remembered so it fails every test
   * once.
   */
  private static MomoTarget target(ExtensionContext context) {
    TargetSettings settings = settings(context);
    Started started =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                Started.class,
                key -> {
                  try {
                    MomoTarget target = MomoTarget.start(settings);
                    ParityWatcher.recorder(context).baseUrl(target.baseUrl());
                    return new Started(Optional.of(target), null);
                  } catch (RuntimeException failed) {
                    return new Started(Optional.empty(), failed);
                  }
                },
                Started.class);
    return started.target().orElseThrow(() -> started.failure());
  }

  /** The outcome of starting the target; closing it closes the target. */
  private record Started(Optional<MomoTarget> target, RuntimeException failure)
      implements AutoCloseable {

    @Override
    public void close() {
      target.ifPresent(MomoTarget::close);
    }
  }
}
