package dev.momosim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {
  /** JFreeChart's paint for a chart's first series. */
  private static final int FIRST_SERIES = 0xFF5555;

  @TempDir Path dir;

  private static JsonObject load(String target, String scenario, double rps, double p99) {
    return new JsonObject()
        .put("kind", "load")
        .put("target", target)
        .put("scenario", scenario)
        .put(
            "wrk",
            new JsonObject()
                .put("requestsPerSecond", rps)
                .put("p50Millis", p99 / 20)
                .put("p99Millis", p99));
  }

  @Test
  void drawsThroughputAndLatencyOfEveryTargetIntoOnePicture() throws Exception {
    Results results =
        new Results(
            List.of(
                load(Results.CEILING, "status", 120_000, 2),
                load(Results.SIM_JOURNAL_OFF, "status", 60_000, 25),
                load(Results.SIM_JOURNAL_OFF, "requesttopay", 35_000, 90),
                load(Results.WIREMOCK_JOURNAL_OFF, "status", 6_000, 40)));
    Path png = dir.resolve("latest.png");

    assertThat(new Chart(results).write(png)).isTrue();

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(Chart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(Chart.HEIGHT);
    assertThat(pixelsOf(FIRST_SERIES, image, 0, Chart.HEIGHT / 2))
        .as("status GET bars in the throughput half")
        .isGreaterThan(2000);
    assertThat(pixelsOf(FIRST_SERIES, image, Chart.HEIGHT / 2, Chart.HEIGHT))
        .as("status GET p50 bars in the latency half")
        .isGreaterThan(500);
  }

  @Test
  void aRunWithoutLoadMeasurementsDrawsNothing() throws Exception {
    Path png = dir.resolve("latest.png");

    assertThat(new Chart(new Results(List.of())).write(png)).isFalse();
    assertThat(png).doesNotExist();
  }

  private static int pixelsOf(int rgb, BufferedImage image, int fromY, int toY) {
    int count = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
      }
    }
    return count;
  }
}
