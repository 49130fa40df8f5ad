package dev.momosim.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.momosim.client.exception.ConsentPendingException;
import dev.momosim.client.exception.MomoApiException;
import dev.momosim.client.exception.MomoAuthenticationException;
import dev.momosim.client.exception.MomoConflictException;
import dev.momosim.client.exception.MomoNotFoundException;
import dev.momosim.client.exception.MomoRateLimitException;
import dev.momosim.client.exception.MomoServerException;
import dev.momosim.client.exception.MomoTransportException;
import dev.momosim.client.exception.MomoValidationException;
import dev.momosim.client.model.ErrorReason;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorMapperTest {

  private static MomoApiException map(int status, String body) {
    return ErrorMapper.fromResponse(new ApiResponse(status, Buffer.buffer(body), null), "ref-1");
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.momosim.client.exception.MomoValidationException",
    "401, dev.momosim.client.exception.MomoAuthenticationException",
    "403, dev.momosim.client.exception.MomoAuthenticationException",
    "404, dev.momosim.client.exception.MomoNotFoundException",
    "409, dev.momosim.client.exception.MomoConflictException",
    "429, dev.momosim.client.exception.MomoRateLimitException",
    "500, dev.momosim.client.exception.MomoServerException",
    "502, dev.momosim.client.exception.MomoServerException",
    "503, dev.momosim.client.exception.MomoServerException",
    "411, dev.momosim.client.exception.MomoApiException"
  })
  void choosesTheExceptionClassByStatus(int status, String type) throws ClassNotFoundException {
    MomoApiException mapped = map(status, "");
    assertThat(mapped.getClass()).isEqualTo(Class.forName(type));
    assertThat(mapped.status()).isEqualTo(status);
    assertThat(mapped.referenceId()).isEqualTo("ref-1");
  }

  @ParameterizedTest
  @EnumSource(
      value = ErrorReason.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"UNKNOWN", "LOGIN_FAILED"})
  void readsEveryCodeFromAWalletErrorBody(ErrorReason reason) {
    MomoApiException mapped =
        map(500, "{\"message\":\"text of " + reason + "\",\"code\":\"" + reason.code() + "\"}");
    assertThat(mapped.reason()).isEqualTo(reason);
    assertThat(mapped.rawCode()).isEqualTo(reason.code());
    assertThat(mapped.apiMessage()).isEqualTo("text of " + reason);
  }

  @Test
  void readsAShortWalletBodyWithoutMessage() {
    MomoApiException mapped = map(409, "{\"code\":\"RESOURCE_ALREADY_EXIST\"}");
    assertThat(mapped).isInstanceOf(MomoConflictException.class);
    assertThat(mapped.reason()).isEqualTo(ErrorReason.RESOURCE_ALREADY_EXIST);
    assertThat(mapped.getMessage()).contains("409", "RESOURCE_ALREADY_EXIST", "ref-1");
  }

  @Test
  void readsTheGatewayShapeWithStatusCodeAndMessage() {
    MomoApiException mapped =
        map(
            401,
            "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid"
                + " subscription key.\" }");
    assertThat(mapped).isInstanceOf(MomoAuthenticationException.class);
    assertThat(mapped.rawCode()).isNull();
    assertThat(mapped.reason()).isEqualTo(ErrorReason.UNKNOWN);
    assertThat(mapped.apiMessage()).startsWith("Access denied");
  }

  @Test
  void treatsTheTokenEndpointsLoginFailedAsAuthenticationDespiteStatus500() {
    MomoApiException mapped = map(500, "{\"error\":\"login_failed\"}");
    assertThat(mapped).isInstanceOf(MomoAuthenticationException.class);
    assertThat(mapped.reason()).isEqualTo(ErrorReason.LOGIN_FAILED);
    assertThat(mapped.status()).isEqualTo(500);
    assertThat(mapped.isRetryable()).isFalse();
  }

  @Test
  void keepsTheMessageOfAnErrorShapedBodyThatHasNoDescription() {
    MomoApiException mapped =
        map(500, "{\"error\":\"login_failed\",\"message\":\"Login failed: check the API key.\"}");
    assertThat(mapped.apiMessage()).isEqualTo("Login failed: check the API key.");
    assertThat(
            map(401, "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client.\"}")
                .apiMessage())
        .isEqualTo("Unknown client.");
  }

  @Test
  void neverShowsAnAnswersBodyWhenPrinted() {
    ApiResponse token =
        new ApiResponse(200, Buffer.buffer("{\"access_token\":\"eyJ.secret.token\"}"), null);
    assertThat(token.toString()).doesNotContain("eyJ.secret.token").contains("200");
  }

  @Test
  void describesEmptyAndNonJsonBodies() {
    assertThat(map(502, "").apiMessage()).isEqualTo("HTTP 502 with an empty body");
    MomoApiException html = map(411, "<html><body>Length Required</body></html>");
    assertThat(html.rawCode()).isNull();
    assertThat(html.apiMessage()).contains("non-JSON", "Length Required");
  }

  @Test
  void retriesOnlyRateLimitsAndServerErrorsWithoutADefiniteBusinessCode() {
    assertThat(map(429, "").isRetryable()).isTrue();
    assertThat(map(503, "{\"code\":\"SERVICE_UNAVAILABLE\"}").isRetryable()).isTrue();
    assertThat(map(500, "{\"code\":\"INTERNAL_PROCESSING_ERROR\"}").isRetryable()).isTrue();
    assertThat(map(502, "").isRetryable()).isTrue();
    assertThat(map(500, "{\"code\":\"INVALID_CURRENCY\"}").isRetryable()).isFalse();
    assertThat(map(500, "{\"code\":\"NOT_ALLOWED_TARGET_ENVIRONMENT\"}").isRetryable()).isFalse();
    assertThat(map(500, "{\"code\":\"INVALID_CALLBACK_URL_HOST\"}").isRetryable()).isFalse();
    assertThat(map(500, "{\"code\":\"PAYER_NOT_FOUND\"}").isRetryable()).isFalse();
    assertThat(map(400, "").isRetryable()).isFalse();
    assertThat(map(404, "").isRetryable()).isFalse();
    assertThat(map(409, "").isRetryable()).isFalse();
  }

  @Test
  void readsRetryAfterSecondsOfA429() {
    MomoApiException mapped =
        ErrorMapper.fromResponse(new ApiResponse(429, Buffer.buffer(), "2"), null);
    assertThat(((MomoRateLimitException) mapped).retryAfter()).contains(Duration.ofSeconds(2));
  }

  @Test
  void wrapsIoFailuresAsRetryableTransportExceptions() {
    ApiRequest request =
        new ApiRequest(
            HttpMethod.POST,
            "/collection/v1_0/requesttopay",
            Map.of("Authorization", "Bearer secret-token"),
            null,
            "ref-2");
    var mapped = ErrorMapper.transportFailure(request, new ConnectException("Connection refused"));
    assertThat(mapped).isInstanceOf(MomoTransportException.class);
    assertThat(mapped.isRetryable()).isTrue();
    assertThat(mapped.getMessage())
        .contains("POST /collection/v1_0/requesttopay", "Connection refused")
        .doesNotContain("secret-token");
  }

  @Test
  void keepsValidationAndNotFoundDistinct() {
    assertThat(map(400, "{\"code\":\"INVALID_CURRENCY\",\"message\":\"Currency not supported.\"}"))
        .isInstanceOf(MomoValidationException.class);
    assertThat(
            map(
                404,
                "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Requested resource was not found.\"}"))
        .isInstanceOf(MomoNotFoundException.class)
        .isNotInstanceOf(MomoServerException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "400, authorization_pending, false",
    "401, authorization_pending, false",
    "400, slow_down, true"
  })
  void mapsAPendingConsentToItsOwnExceptionWhateverTheStatus(
      int status, String code, boolean slowDown) {
    MomoApiException mapped = map(status, "{\"error\":\"" + code + "\"}");
    assertThat(mapped).isInstanceOf(ConsentPendingException.class);
    assertThat(((ConsentPendingException) mapped).slowDown()).isEqualTo(slowDown);
    assertThat(mapped.status()).isEqualTo(status);
    assertThat(mapped.isRetryable()).isFalse();
  }
}
