package dev.momosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/cli.md, the reference of the command line, names every command that momo-sim has. */
class CliDocsTest {
  @Test
  void docsCliMdNamesEveryCommandAndSubcommand() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "cli.md"));

    List<String> commands = new ArrayList<>();
    collect(MomoSimCommand.newCommandLine(), "", commands);

    assertThat(commands).contains("withdraw", "invoice create", "preapproval list");
    for (String command : commands) {
      assertThat(page).as("docs/cli.md names `%s`", command).contains("`" + command);
    }
  }

  private static void collect(CommandLine parent, String prefix, List<String> into) {
    parent
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommand() instanceof CommandLine.HelpCommand) {
                return; // picocli's own `help COMMAND`, the same as --help
              }
              String full = prefix + name;
              into.add(full);
              collect(sub, full + " ", into);
            });
  }
}
