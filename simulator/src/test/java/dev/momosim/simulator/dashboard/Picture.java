package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A screenshot of a whole page, checked against the page it was taken of: it must be as large as
 * the page, and every element it is meant to show must be drawn in it (its part of the picture is
 * not one flat colour, as an empty or cut-off area would be).
 */
final class Picture {
  /** A rectangle in CSS pixels of the document (not of the window). */
  record Box(double x, double y, double width, double height) {}

  private final BufferedImage image;
  private final double scale;

  private Picture(BufferedImage image, double scale) {
    this.image = image;
    this.scale = scale;
  }

  /** Decodes a PNG taken at {@code scale} device pixels per CSS pixel. */
  static Picture of(byte[] png, double scale) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image).as("a decodable PNG").isNotNull();
      return new Picture(image, scale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the picture covers the whole document: its full width and height, scaled. */
  void coversThePage(Box document) {
    assertThat(image.getWidth())
        .as("picture width for a page %s CSS px wide at scale %s", document.width(), scale)
        .isGreaterThanOrEqualTo((int) Math.floor(document.width() * scale) - 1);
    assertThat(image.getHeight())
        .as("picture height for a page %s CSS px tall at scale %s", document.height(), scale)
        .isGreaterThanOrEqualTo((int) Math.floor(document.height() * scale) - 1);
    assertThat(distinctColours(0, 0, image.getWidth(), image.getHeight()))
        .as("colours in the whole picture")
        .isGreaterThan(32);
  }

  /** Asserts the element in {@code box} lies inside the picture and is drawn there. */
  void shows(String what, Box box) {
    assertThat(box.width() * box.height()).as("size of %s on the page", what).isPositive();
    int left = (int) Math.floor(box.x() * scale);
    int top = (int) Math.floor(box.y() * scale);
    int right = (int) Math.ceil((box.x() + box.width()) * scale);
    int bottom = (int) Math.ceil((box.y() + box.height()) * scale);
    assertThat(left).as("left edge of %s", what).isNotNegative();
    assertThat(top).as("top edge of %s", what).isNotNegative();
    assertThat(right).as("right edge of %s", what).isLessThanOrEqualTo(image.getWidth());
    assertThat(bottom).as("bottom edge of %s", what).isLessThanOrEqualTo(image.getHeight());
    assertThat(distinctColours(left, top, right, bottom))
        .as("colours where the picture shows %s", what)
        .isGreaterThan(2);
  }

  private int distinctColours(int left, int top, int right, int bottom) {
    Set<Integer> colours = new HashSet<>();
    for (int y = top; y < bottom; y++) {
      for (int x = left; x < right; x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
