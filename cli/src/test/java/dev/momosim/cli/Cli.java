package dev.momosim.cli;

import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code momo-sim} in process with captured output, as the shell would. */
final class Cli {
  private final String simUrl;

  Cli(String simUrl) {
    this.simUrl = simUrl;
  }

  /** Runs the command with {@code --sim-url} appended (commands that talk to a simulator). */
  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--sim-url");
    all.add(simUrl);
    return runExactly(all.toArray(String[]::new));
  }

  /** Runs the command as {@code main} does (serve gets its own, lighter, command line). */
  static Result runExactly(String... args) {
    return runOn(MomoSimCommand.commandLineFor(args), args);
  }

  /** Runs the command on the whole command tree. */
  static Result runOnEveryCommand(String... args) {
    return runOn(MomoSimCommand.newCommandLine(), args);
  }

  private static Result runOn(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  record Result(int exitCode, String out, String err) {
    JsonObject json() {
      return new JsonObject(out);
    }

    List<String> lines() {
      return out.lines().toList();
    }
  }
}
