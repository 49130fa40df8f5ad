package dev.momosim.simulator.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.momosim.simulator.MomoSimulator;
import dev.momosim.simulator.SimulatorConfig;
import dev.momosim.simulator.control.RequestFilter;
import dev.momosim.simulator.control.RequestView;
import dev.momosim.simulator.tls.LocalCa;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS and the interception of MTN's hosts (docs/https.md): the HTTPS port and {@code CONNECT}
 * through the plain port serve the same API with a certificate from the local CA; nothing is ever
 * forwarded elsewhere; bad TLS gets a clear answer and the listeners keep serving.
 */
@ExtendWith(VertxExtension.class)
class HttpsAcceptanceTest {
  private static final String SANDBOX = "https://sandbox.momodeveloper.mtn.com";
  private static final String COLLECTION_KEY = "0c011ec7000000000000000000000001";
  private static final String PRESET_USER =
      "c0111ec7-0000-4000-8000-000000000001:c011ec7a000000000000000000000001";

  @TempDir Path caDir;
  private MomoSimulator simulator;

  @AfterEach
  void stop() throws Exception {
    if (simulator != null) {
      simulator.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private MomoSimulator start(Vertx vertx, SimulatorConfig config) throws Exception {
    simulator = join(MomoSimulator.start(vertx, config.withPort(0).withCaDir(caDir)));
    return simulator;
  }

  private static <T> T join(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void servesTheApiOnTheHttpsPortWithACertificateTheLocalCaIssued(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults().withHttpsPort(0));

    String url = simulator.httpsUrl().orElseThrow();
    HttpResponse<String> token = send(client(null), url.replace("127.0.0.1", "localhost"));

    assertThat(url).startsWith("https://127.0.0.1:");
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    assertThat(token.body()).contains("\"access_token\"");
    assertThat(send(client(null), url).statusCode()).isEqualTo(200);
  }

  @Test
  void keepsTheCaKeyReadableByItsOwnerOnlyAndReusesTheCaAtTheNextStart(Vertx vertx)
      throws Exception {
    start(vertx, SimulatorConfig.defaults().withHttpsPort(0));
    String first = Files.readString(caDir.resolve(LocalCa.CERTIFICATE_FILE));
    stop();
    start(vertx, SimulatorConfig.defaults().withHttpsPort(0));

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(caDir.resolve(LocalCa.KEY_FILE))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(caDir.resolve(LocalCa.CERTIFICATE_FILE))).isEqualTo(first);
    assertThat(simulator.caCertificateFile()).contains(caDir.resolve(LocalCa.CERTIFICATE_FILE));
    assertThat(send(client(null), simulator.httpsUrl().orElseThrow()).statusCode()).isEqualTo(200);
  }

  @Test
  void anUnchangedClientReachesTheSimulatorThroughConnectToMtnsHost(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults());

    HttpResponse<String> token = send(client(proxy()), SANDBOX);

    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    assertThat(token.body()).contains("\"access_token\"");
    List<RequestView> journal = join(simulator.control().requests(RequestFilter.ALL));
    assertThat(journal)
        .anySatisfy(
            entry -> {
              assertThat(entry.path()).isEqualTo("/collection/token/");
              assertThat(entry.status()).isEqualTo(200);
              assertThat(entry.headers().get("Host")).isEqualTo("sandbox.momodeveloper.mtn.com");
            });
  }

  @Test
  void theControlApiInsideTheTunnelKeepsItsLoopbackHostRule(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults());

    HttpResponse<String> control =
        client(proxy())
            .send(
                HttpRequest.newBuilder(URI.create(SANDBOX + "/_sim/requests"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(control.statusCode()).isEqualTo(403);
    assertThat(control.body()).contains("FORBIDDEN_HOST");
  }

  @Test
  void interceptsANameGivenWithTlsNameToo(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults().withTlsNames(List.of("momo.example.test")));

    HttpResponse<String> token = send(client(proxy()), "https://momo.example.test");

    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
  }

  @Test
  void refusesConnectToAnyOtherHostAndNeverConnectsThere(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults());
    AtomicInteger attempts = new AtomicInteger();
    String target;
    try (ServerSocket elsewhere = new ServerSocket(0)) {
      Thread counter =
          new Thread(
              () -> {
                while (!elsewhere.isClosed()) {
                  try (Socket accepted = elsewhere.accept()) {
                    attempts.incrementAndGet();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      counter.start();
      target = "127.0.0.1:" + elsewhere.getLocalPort();

      String answer =
          raw(simulator.port(), "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n\r\n");
      String example =
          raw(
              simulator.port(),
              "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 403").contains("PROXY_REFUSED");
      assertThat(example).startsWith("HTTP/1.1 403").contains("never connects");
      assertThat(attempts).hasValue(0);
    }
    List<RequestView> journal = join(simulator.control().requests(RequestFilter.ALL));
    assertThat(journal)
        .filteredOn(entry -> "CONNECT".equals(entry.method()))
        .extracting(RequestView::path, RequestView::status, RequestView::errorCode)
        .containsExactlyInAnyOrder(
            tuple("example.com:443", 403, "PROXY_REFUSED"), tuple(target, 403, "PROXY_REFUSED"));
  }

  @Test
  void refusesAbsoluteFormRequestsForOtherHostsAndServesThoseForMtnsHosts(Vertx vertx)
      throws Exception {
    start(vertx, SimulatorConfig.defaults());
    String basic = Base64.getEncoder().encodeToString(PRESET_USER.getBytes(StandardCharsets.UTF_8));

    String foreign =
        raw(
            simulator.port(),
            "GET http://example.com/collection/token/ HTTP/1.1\r\nHost: example.com\r\n"
                + "Connection: close\r\n\r\n");
    String mtn =
        raw(
            simulator.port(),
            "POST https://sandbox.momodeveloper.mtn.com/collection/token/ HTTP/1.1\r\n"
                + "Host: sandbox.momodeveloper.mtn.com\r\nOcp-Apim-Subscription-Key: "
                + COLLECTION_KEY
                + "\r\nAuthorization: Basic "
                + basic
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    assertThat(foreign).startsWith("HTTP/1.1 403").contains("PROXY_REFUSED");
    assertThat(mtn).startsWith("HTTP/1.1 200").contains("access_token");
    assertThat(join(simulator.control().requests(RequestFilter.ALL)))
        .filteredOn(entry -> entry.status() == 403)
        .extracting(RequestView::method, RequestView::path, RequestView::errorCode)
        .containsExactly(tuple("GET", "http://example.com/collection/token/", "PROXY_REFUSED"));
  }

  @Test
  void answersPlainHttpInsideATunnelWithAClearErrorAndKeepsServing(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults());

    String answer;
    try (Socket socket = new Socket("127.0.0.1", simulator.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("CONNECT sandbox.momodeveloper.mtn.com:443 HTTP/1.1\r\n"
                  + "Host: sandbox.momodeveloper.mtn.com:443\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String connected = readHead(in);
      out.write(
          "GET /collection/token/ HTTP/1.1\r\nHost: sandbox.momodeveloper.mtn.com\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      answer = connected + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer)
        .startsWith("HTTP/1.1 200")
        .contains("HTTP/1.1 400 Bad Request")
        .contains("CONNECT tunnel with TLS only");
    assertThat(send(client(proxy()), SANDBOX).statusCode()).isEqualTo(200);
  }

  @Test
  void everyTunnelWorksWithThePortOnSeveralEventLoops(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults().withEventLoops(4));

    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      // a client each: a connection, so a CONNECT tunnel, each
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return send(client(proxy()), SANDBOX);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }

    for (var answer : answers) {
      assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void answersPlainHttpOnTheHttpsPortWithAClearErrorAndKeepsServing(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults().withHttpsPort(0));
    int port = URI.create(simulator.httpsUrl().orElseThrow()).getPort();

    String answer = raw(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400").contains("This port speaks HTTPS");
    assertThat(send(client(null), simulator.httpsUrl().orElseThrow()).statusCode()).isEqualTo(200);
  }

  @Test
  void failsTheHandshakeForANameTheCertificateDoesNotHoldAndKeepsServing(Vertx vertx)
      throws Exception {
    start(vertx, SimulatorConfig.defaults().withHttpsPort(0));
    int port = URI.create(simulator.httpsUrl().orElseThrow()).getPort();

    assertThatThrownBy(
            () -> {
              try (Socket plain = new Socket("127.0.0.1", port);
                  SSLSocket tls =
                      (SSLSocket)
                          trust()
                              .getSocketFactory()
                              .createSocket(plain, "unknown.example", port, true)) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName("unknown.example")));
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
              }
            })
        .isInstanceOf(SSLHandshakeException.class)
        .hasMessageContaining("unknown.example");
    assertThat(send(client(null), simulator.httpsUrl().orElseThrow()).statusCode()).isEqualTo(200);
  }

  @Test
  void aClientThatDoesNotTrustTheCaIsRefusedByItsOwnTlsCheck(Vertx vertx) throws Exception {
    start(vertx, SimulatorConfig.defaults().withHttpsPort(0));
    HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    assertThatThrownBy(() -> send(untrusting, simulator.httpsUrl().orElseThrow()))
        .isInstanceOf(SSLHandshakeException.class);
    assertThat(send(client(null), simulator.httpsUrl().orElseThrow()).statusCode()).isEqualTo(200);
  }

  private ProxySelector proxy() {
    return ProxySelector.of(new InetSocketAddress("127.0.0.1", simulator.port()));
  }

  private HttpClient client(ProxySelector proxy) throws Exception {
    HttpClient.Builder builder =
        HttpClient.newBuilder().sslContext(trust()).connectTimeout(Duration.ofSeconds(10));
    if (proxy != null) {
      builder.proxy(proxy);
    }
    return builder.build();
  }

  /** Trusts the local CA only, as a client told to trust it would. */
  private SSLContext trust() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    char[] password = "changeit".toCharArray();
    store.load(
        new java.io.ByteArrayInputStream(LocalCa.openOrCreate(caDir).truststore(password)),
        password);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  /** POST {base}/collection/token/ with the preset collection user. */
  private static HttpResponse<String> send(HttpClient client, String base) throws Exception {
    String basic = Base64.getEncoder().encodeToString(PRESET_USER.getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/collection/token/"))
            .timeout(Duration.ofSeconds(10))
            .header("Ocp-Apim-Subscription-Key", COLLECTION_KEY)
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The response head, up to the blank line. */
  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      head.append((char) next);
    }
    return head.toString();
  }

  /** Sends {@code request} as written and reads the answer until the connection closes. */
  private static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
