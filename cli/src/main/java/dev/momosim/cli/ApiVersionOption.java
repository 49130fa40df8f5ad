package dev.momosim.cli;

import dev.momosim.client.model.ApiVersion;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --version v1|v2} for the operations MoMo offers in two versions (request-to-withdraw,
 * deposit, refund), and {@code -h, --help}: these commands cannot mix in picocli's standard help
 * options, whose {@code --version} would print momo-sim's own version.
 */
final class ApiVersionOption {
  @Option(
      names = "--version",
      paramLabel = "v1|v2",
      defaultValue = "v2",
      converter = VersionConverter.class,
      description =
          "The operation's version, v1 or v2 (MoMo calls back a v1 one by POST, a v2 one by PUT). "
              + "Default: v2.")
  ApiVersion version;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  /** {@code v1} or {@code v2}, as MoMo's paths say them ({@code v1_0}, {@code v2_0}) too. */
  static final class VersionConverter implements ITypeConverter<ApiVersion> {
    @Override
    public ApiVersion convert(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "v1", "v1_0" -> ApiVersion.V1;
        case "v2", "v2_0" -> ApiVersion.V2;
        default -> throw new TypeConversionException("'" + value + "' is no version: use v1 or v2");
      };
    }
  }
}
