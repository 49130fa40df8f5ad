package dev.momosim.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, for commands whose output is data. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (an aligned table, the default) or json (the control API's JSON).")
  OutputFormat format = OutputFormat.TEXT;

  boolean json() {
    return format == OutputFormat.JSON;
  }
}
