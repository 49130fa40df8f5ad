package dev.momosim.bench;

import io.vertx.core.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws one run as {@code latest.png}: requests per second of every target on every scenario
 * (bars), and the p50 and p99 latency of every target on status GET and request-to-pay (bars on a
 * logarithmic axis). Headless AWT; no window is opened.
 */
final class Chart {
  static final int WIDTH = 1400;
  static final int HEIGHT = 1100;
  private static final List<String> LATENCY_SCENARIOS = List.of("status", "requesttopay");

  private final Results results;

  Chart(Results results) {
    this.results = results;
  }

  /** Writes the picture; a run without load measurements gives none (false). */
  boolean write(Path png) throws IOException {
    if (results.loadTargets().isEmpty()) {
      return false;
    }
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      int half = HEIGHT / 2;
      throughput().draw(g, new Rectangle2D.Double(0, 0, WIDTH, half));
      latency().draw(g, new Rectangle2D.Double(0, half, WIDTH, HEIGHT - half));
    } finally {
      g.dispose();
    }
    return ImageIO.write(image, "png", png.toFile());
  }

  private JFreeChart throughput() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String target : results.loadTargets()) {
      for (int i = 0; i < Report.SCENARIOS.size(); i++) {
        double rps = results.rps(target, Report.SCENARIOS.get(i));
        if (!Double.isNaN(rps)) {
          data.addValue(rps, Report.SCENARIO_NAMES[i], target);
        }
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Requests per second (higher is better)",
            null,
            "requests/s",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    style(chart);
    return chart;
  }

  private JFreeChart latency() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String target : results.loadTargets()) {
      for (String scenario : LATENCY_SCENARIOS) {
        Optional<JsonObject> wrk = results.load(target, scenario);
        if (wrk.isEmpty()) {
          continue;
        }
        String name = Report.SCENARIO_NAMES[Report.SCENARIOS.indexOf(scenario)];
        data.addValue(wrk.get().getDouble("p50Millis"), name + ", p50", target);
        data.addValue(wrk.get().getDouble("p99Millis"), name + ", p99", target);
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Latency percentiles, ms (lower is better; logarithmic)",
            null,
            "ms",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    LogAxis axis = new LogAxis("ms");
    axis.setSmallestValue(0.01);
    axis.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
    chart.getCategoryPlot().setRangeAxis(axis);
    style(chart);
    return chart;
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
    plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
    CategoryAxis targets = plot.getDomainAxis();
    targets.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    targets.setMaximumCategoryLabelLines(2);
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.02);
  }
}
