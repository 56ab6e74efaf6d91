package dev.jhands.agent.socket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.agent.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With no session key configured the socket needs none, as the REST routes do not. */
@QuarkusTest
class OpenSocketIT {

  @Test
  void noKeyNeededWhenNoneIsConfigured() {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Bodies.start(null, ""))
            .post("/api/conversations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    WsClient client = WsClient.connect("/sockets/events/" + id.replace("-", ""));
    await().until(() -> client.frames.size() == 1);
    assertThat(client.frames.get(0).path("key").asText()).isEqualTo("full_state");
    client.close();
  }
}
