package dev.momosim.testcontainers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerConfig;
import org.testcontainers.DockerClientFactory;

/**
 * Whether these tests can run: a container engine Testcontainers reaches, holding the image of this
 * version ({@code bin/build-image}). Without them the tests skip, unless {@code
 * MOMO_SIM_REQUIRE_CONTAINERS} is set (CI sets it): then they fail and say what is missing.
 */
final class ContainerEngine {
  private ContainerEngine() {}

  static void assumeReady() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if (System.getenv("MOMO_SIM_REQUIRE_CONTAINERS") != null) {
      throw new IllegalStateException(missing + " (MOMO_SIM_REQUIRE_CONTAINERS is set)");
    }
    assumeTrue(false, missing);
  }

  /** The image's configuration, as the engine holds it. */
  static ContainerConfig imageConfig(String image) {
    return DockerClientFactory.instance().client().inspectImageCmd(image).exec().getConfig();
  }

  private static String missing() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      return "no container engine reachable (docs/containers.md: podman's socket, DOCKER_HOST)";
    }
    String image = MomoSimContainer.defaultImage().asCanonicalNameString();
    try {
      DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      return null;
    } catch (NotFoundException e) {
      return "the image " + image + " is not in the container engine: run bin/build-image";
    }
  }
}
