package dev.momosim.simulator.app.port;

/** How far a change has gone before the simulator answers the request that made it. */
public enum Durability {
  /**
   * Written to the operating system: survives the simulator being killed ({@code kill -9}), not the
   * machine losing power.
   */
  PROCESS,
  /** Written and flushed to the disk ({@code fsync}, grouped over concurrent changes). */
  FSYNC
}
