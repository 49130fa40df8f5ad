package dev.momosim.client.model;

/**
 * What an account holder consented to share ({@code oauth2/v1_0/userinfo}, MoMo's {@code
 * consentkycResponse}). Any field may be {@code null}. Immutable and thread-safe.
 *
 * @param sub the subject id
 * @param name the full name
 * @param givenName given name
 * @param familyName family name
 * @param middleName middle name
 * @param email e-mail address
 * @param emailVerified whether the e-mail address is verified
 * @param gender gender
 * @param locale locale, e.g. {@code sv_SE}
 * @param phoneNumber phone number
 * @param phoneNumberVerified whether the phone number is verified
 * @param address the address: the schema says a string (then only {@code formatted} is set), the
 *     sandbox sends an object
 * @param updatedAt seconds since the epoch of the last update
 * @param status account status, e.g. {@code ACTIVE}
 * @param birthdate birth date, e.g. {@code 1976-08-13}
 * @param creditScore credit score as text (the schema says string, the sandbox sends a number)
 * @param active whether the account is active
 * @param countryOfBirth country of birth
 * @param regionOfBirth region of birth
 * @param cityOfBirth city of birth
 * @param occupation occupation
 * @param employerName employer name
 * @param identificationType identification document type, e.g. {@code PASS}
 * @param identificationValue identification document number
 */
public record UserInfo(
    String sub,
    String name,
    String givenName,
    String familyName,
    String middleName,
    String email,
    Boolean emailVerified,
    String gender,
    String locale,
    String phoneNumber,
    Boolean phoneNumberVerified,
    Address address,
    Long updatedAt,
    String status,
    String birthdate,
    String creditScore,
    Boolean active,
    String countryOfBirth,
    String regionOfBirth,
    String cityOfBirth,
    String occupation,
    String employerName,
    String identificationType,
    String identificationValue) {

  /**
   * A postal address. Any field may be {@code null}.
   *
   * @param formatted the whole address, lines separated by {@code \n}
   * @param streetAddress street and number
   * @param postalCode postal code
   * @param locality city
   * @param region region
   * @param country country
   */
  public record Address(
      String formatted,
      String streetAddress,
      String postalCode,
      String locality,
      String region,
      String country) {}
}
