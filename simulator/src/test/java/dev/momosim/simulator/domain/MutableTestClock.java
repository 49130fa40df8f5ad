package dev.momosim.simulator.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A base clock a test moves by hand, standing in for real time. */
final class MutableTestClock extends Clock {
  private Instant now;

  MutableTestClock(Instant start) {
    this.now = start;
  }

  void tick(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
