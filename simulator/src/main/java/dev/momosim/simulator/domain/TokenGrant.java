package dev.momosim.simulator.domain;

import java.time.Instant;

/**
 * What is kept of an issued access token: its {@link Secrets#digest}, never the token itself.
 *
 * @param tokenDigest the digest of the bearer token's value
 */
public record TokenGrant(
    String tokenDigest, String apiUserId, Product product, Instant expiresAt) {}
