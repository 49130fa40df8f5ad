package dev.momosim.cli;

/**
 * How a command prints data: an aligned table for people, or the control API's JSON for scripts.
 */
enum OutputFormat {
  TEXT,
  JSON
}
