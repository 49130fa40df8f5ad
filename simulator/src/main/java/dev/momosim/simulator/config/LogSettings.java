package dev.momosim.simulator.config;

/**
 * Logging ({@code log}).
 *
 * @param requests one line per request (method, path, status, reference id; never a secret)
 */
public record LogSettings(boolean requests) {}
