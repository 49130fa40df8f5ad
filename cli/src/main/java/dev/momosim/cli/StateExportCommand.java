package dev.momosim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim state export FILE}: the running simulator's whole state as a state document. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write the simulator's whole state (users, tokens, payments, balances, rules, clock,"
            + " callbacks; no secrets) to FILE, or to standard output for -.")
public final class StateExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Parameters(paramLabel = "FILE", description = "Where to write the document; - for stdout.")
  String file;

  @Override
  public Integer call() {
    return simulator.run(
        control -> control.exportState(),
        document -> {
          if (file.equals("-")) {
            spec.commandLine()
                .getOut()
                .print(new String(document, java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
          }
          write(Path.of(file), document);
          spec.commandLine()
              .getErr()
              .println("state exported to " + file + " (" + document.length + " bytes)");
          return ExitCodes.OK;
        });
  }

  /** Whole or not at all: a half-written state file would be worse than none. */
  private static void write(Path target, byte[] document) {
    Path absolute = target.toAbsolutePath();
    try {
      Path temporary = Files.createTempFile(absolute.getParent(), ".momo-sim-state", ".tmp");
      Files.write(temporary, document);
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UsageException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
