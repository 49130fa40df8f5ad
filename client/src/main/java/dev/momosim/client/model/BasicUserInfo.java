package dev.momosim.client.model;

/**
 * The basic information MoMo gives about an account holder. Any field may be {@code null}.
 * Immutable and thread-safe.
 *
 * @param givenName given name
 * @param familyName family name
 * @param birthdate birth date as MoMo sends it, e.g. {@code 1976-08-13}
 * @param locale locale, e.g. {@code sv_SE}
 * @param gender gender (absent in remittance answers)
 * @param status account status, when sent
 */
public record BasicUserInfo(
    String givenName,
    String familyName,
    String birthdate,
    String locale,
    String gender,
    String status) {}
