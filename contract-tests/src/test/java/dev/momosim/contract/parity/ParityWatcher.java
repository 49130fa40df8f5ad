package dev.momosim.contract.parity;

import dev.momosim.contract.target.TargetSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Feeds the {@link ParityRecorder}: records each test's outcome (passed, failed, skipped) with its
 * {@link Observations}, which the target's wire tap fills while the test runs (a test that starts a
 * target of its own takes them as a parameter and hands them to it). State lives only in the
 * extension store; the recorder in the root store writes the report when the run ends.
 */
public final class ParityWatcher implements TestWatcher, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(ParityWatcher.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Observations.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return observations(context);
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    record(context, "passed", null);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    record(context, "failed", firstLine(cause));
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    record(context, "skipped", firstLine(cause));
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    record(context, "skipped", reason.orElse("disabled"));
  }

  /** The observations of the test {@code context} runs, created on first use. */
  public static Observations observations(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Observations.class, key -> new Observations(), Observations.class);
  }

  private static void record(ExtensionContext context, String outcome, String detail) {
    String testClass = context.getRequiredTestClass().getSimpleName();
    String test = context.getDisplayName();
    Optional<ExtensionContext> parent = context.getParent();
    if (parent.isPresent() && parent.get().getTestMethod().isPresent()) {
      // a parameterised invocation: name it after its method too
      test = parent.get().getRequiredTestMethod().getName() + " " + test;
    }
    List<Observations.Observation> observed =
        context
            .getStore(NAMESPACE)
            .getOrDefault(Observations.class, Observations.class, new Observations())
            .all();
    recorder(context).add(new ParityRecorder.Entry(testClass, test, outcome, detail, observed));
  }

  /** The run's recorder, created on first use in the root store. */
  public static ParityRecorder recorder(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            ParityRecorder.class,
            key -> {
              TargetSettings settings = TargetSettings.fromSystem();
              String dir = System.getProperty("momo.parity.dir", "target/parity");
              String baseUrl = settings.baseUrl();
              return new ParityRecorder(settings.kind().id(), baseUrl, Path.of(dir));
            },
            ParityRecorder.class);
  }

  private static String firstLine(Throwable cause) {
    if (cause == null || cause.getMessage() == null) {
      return cause == null ? null : cause.getClass().getSimpleName();
    }
    String message = cause.getMessage().strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
