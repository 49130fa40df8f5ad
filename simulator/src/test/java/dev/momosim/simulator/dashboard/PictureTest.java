package dev.momosim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The screenshot checks fail on an empty area, a cut-off page and an element outside the picture.
 */
class PictureTest {
  private static final Picture.Box TEXT = new Picture.Box(10, 10, 80, 20);
  private static final Picture.Box EMPTY = new Picture.Box(10, 60, 80, 20);

  @Test
  void anElementDrawnInThePictureIsShown() throws IOException {
    Picture picture = Picture.of(png(), 2.0);

    assertThatCode(() -> picture.shows("the text", TEXT)).doesNotThrowAnyException();
    assertThatCode(() -> picture.coversThePage(new Picture.Box(0, 0, 100, 100)))
        .doesNotThrowAnyException();
  }

  @Test
  void anEmptyAreaOrOneOutsideThePictureIsNotShown() throws IOException {
    Picture picture = Picture.of(png(), 2.0);

    assertThatThrownBy(() -> picture.shows("nothing", EMPTY)).hasMessageContaining("nothing");
    assertThatThrownBy(() -> picture.shows("below", new Picture.Box(10, 95, 80, 20)))
        .hasMessageContaining("bottom edge of below");
  }

  @Test
  void aPictureSmallerThanThePageDoesNotCoverIt() throws IOException {
    Picture picture = Picture.of(png(), 2.0);

    assertThatThrownBy(() -> picture.coversThePage(new Picture.Box(0, 0, 100, 160)))
        .hasMessageContaining("picture height");
  }

  /** 200 x 200 device pixels (100 CSS px at scale 2): white, with a gradient where TEXT is. */
  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 200);
    for (int x = 20; x < 180; x++) {
      g.setColor(new Color(x, 255 - x, (x * 7) % 256));
      g.drawLine(x, 20, x, 59);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
