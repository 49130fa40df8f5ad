package dev.momosim.simulator.http;

import dev.momosim.simulator.behaviour.InvalidRuleException;
import dev.momosim.simulator.behaviour.Scenario;
import dev.momosim.simulator.behaviour.ScenarioReader;
import dev.momosim.simulator.domain.MomoException;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Optional;

/**
 * The {@value Scenario#HEADER} header of a creating POST (docs/scenarios.md): absent, or the
 * outcome it forces for that request; a value that cannot be used is refused with a MoMo-shaped
 * {@code 400 BAD_REQUEST} naming the header, before anything is kept. Thread-safe.
 */
final class ScenarioHeader {
  private final ScenarioReader reader;

  ScenarioHeader(ScenarioReader reader) {
    this.reader = reader;
  }

  Optional<Scenario> read(HttpServerRequest request) {
    List<String> values = request.headers().getAll(Scenario.HEADER);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw refused("given " + values.size() + " times; give it once");
    }
    try {
      return Optional.of(reader.read(values.get(0)));
    } catch (InvalidRuleException e) {
      throw refused(e.getMessage());
    }
  }

  private static MomoException refused(String what) {
    return MomoException.badRequest(Scenario.HEADER + ": " + what + " (see docs/scenarios.md)");
  }
}
