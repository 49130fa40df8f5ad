package dev.momosim.client;

import static dev.momosim.client.Futures.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class MomoClientLifecycleTest {

    @Test
    void closesTheVertxItCreatedItself() {
        MomoClient client = MomoClient.builder().build();
        Vertx own = client.vertx();
        await(client.close());
        assertThatThrownBy(() -> own.timer(1)).as("a closed Vert.x refuses new timers")
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void leavesACallerOwnedVertxOpen(Vertx vertx) {
        MomoClient client = MomoClient.builder().vertx(vertx).build();
        await(client.close());
        await(client.close());
        assertThat(await(vertx.timer(1))).isNull();
        assertThat(client.vertx()).isSameAs(vertx);
    }

    @Test
    void failsCallsAfterCloseWithATransportException(Vertx vertx) {
        FakeMomo momo = await(FakeMomo.start(vertx));
        momo.on(io.vertx.core.http.HttpMethod.GET, "/v1_0/apiuser/u", ctx -> FakeMomo.json(ctx, 200, "{}"));
        MomoClient client = MomoClient.builder().vertx(vertx).baseUrl(momo.baseUrl()).build();
        await(client.close());
        assertThat(Futures.awaitFailure(client.provisioning("key").apiUser("u")))
                .isInstanceOf(MomoTransportException.class);
    }
}
