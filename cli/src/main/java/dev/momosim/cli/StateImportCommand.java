package dev.momosim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code momo-sim state import FILE}: replaces the running simulator's whole state. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Replace the simulator's whole state with a state document (from state export or"
            + " GET /_sim/state); the request log is kept.")
public final class StateImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SimulatorOptions simulator;

  @Parameters(paramLabel = "FILE", description = "The state document.")
  Path file;

  @Override
  public Integer call() {
    byte[] document = read(file);
    return simulator.run(
        control -> control.importState(document),
        summary -> {
          spec.commandLine()
              .getOut()
              .printf(
                  "state imported: %d API users, %d transactions, %d accounts, %d rules,"
                      + " %d callbacks%n",
                  summary.apiUsers(),
                  summary.transactions(),
                  summary.accounts(),
                  summary.rules(),
                  summary.callbacks());
          return ExitCodes.OK;
        });
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
