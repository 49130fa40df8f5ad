package dev.momosim.client.provisioning;

/**
 * An API user as {@code GET /v1_0/apiuser/{id}} describes it. Immutable and thread-safe.
 *
 * @param providerCallbackHost the only host allowed in {@code X-Callback-Url}
 * @param targetEnvironment the environment the user belongs to, e.g. {@code sandbox}
 */
public record ApiUser(String providerCallbackHost, String targetEnvironment) {}
