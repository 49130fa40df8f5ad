package dev.momosim.cli;

import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.tls.LocalCa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code momo-sim ca-cert}: the local CA's certificate (PEM), created first if there is none yet,
 * printed or written to a file; optionally a PKCS12 truststore holding it, for Java's {@code
 * -Djavax.net.ssl.trustStore} (docs/https.md). The CA's key never leaves its directory.
 */
@Command(
    name = "ca-cert",
    mixinStandardHelpOptions = true,
    description = "Print (or write) the local CA certificate clients trust for HTTPS.")
public final class CaCertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the PEM certificate to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--truststore",
      paramLabel = "FILE",
      description = "Also write a PKCS12 truststore holding the certificate to FILE.")
  Path truststore;

  @Option(
      names = "--storepass",
      paramLabel = "PASSWORD",
      defaultValue = "changeit",
      description = "The truststore's password. Default: changeit.")
  String storepass;

  @Option(
      names = "--ca-dir",
      paramLabel = "DIR",
      defaultValue = "${env:MOMO_SIM_CA_DIR}",
      description =
          "Where the CA is kept. Default: $MOMO_SIM_CA_DIR, else ca in --data-dir, else"
              + " ~/.momo-sim.")
  Path caDir;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:MOMO_SIM_DATA_DIR}",
      description =
          "The data directory serve is given (the CA is kept in its ca folder). Default:"
              + " $MOMO_SIM_DATA_DIR, else storage.dataDir in the config file.")
  Path dataDir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The config file serve is given (its tls.caDir and storage.dataDir say where the CA is).")
  Path config;

  @Override
  public Integer call() {
    LocalCa ca;
    try {
      ca = LocalCa.openOrCreate(settings().caDirectory());
    } catch (IllegalStateException e) {
      throw new UsageException("ca-cert: " + e.getMessage(), e);
    }
    if (ca.created()) {
      spec.commandLine().getErr().println("created the local CA in " + ca.directory());
    }
    if (out == null) {
      spec.commandLine().getOut().print(ca.certificatePem());
      spec.commandLine().getOut().flush();
    } else {
      write(out, ca.certificatePem().getBytes(StandardCharsets.US_ASCII));
      spec.commandLine().getErr().println("wrote " + out);
    }
    if (truststore != null) {
      write(truststore, ca.truststore(storepass.toCharArray()));
      spec.commandLine()
          .getErr()
          .println(
              "wrote "
                  + truststore
                  + " (PKCS12): java -Djavax.net.ssl.trustStore="
                  + truststore
                  + " -Djavax.net.ssl.trustStorePassword=...");
    }
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }

  /**
   * Where serve keeps the CA, read the way serve reads it: the config file, then the data directory
   * and the CA directory (flags or their environment variables).
   */
  private SimulatorConfig settings() {
    try {
      SimulatorConfig settings =
          config == null ? SimulatorConfig.defaults() : SimulatorConfig.fromFile(config);
      if (dataDir != null && !dataDir.toString().isBlank()) {
        settings = settings.withDataDir(dataDir);
      }
      if (caDir != null && !caDir.toString().isBlank()) {
        settings = settings.withCaDir(caDir);
      }
      return settings;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UsageException("ca-cert: " + e.getMessage(), e);
    }
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UsageException("ca-cert: cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
