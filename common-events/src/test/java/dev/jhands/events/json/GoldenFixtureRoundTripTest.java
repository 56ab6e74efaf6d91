package dev.jhands.events.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.GoldenFixtures.Fixture;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden fixture reads into its type and writes back to the same JSON, value for value:
 * {@code 120.0} stays a float, a null stays present, key order does not matter.
 */
class GoldenFixtureRoundTripTest {

  private final ObjectMapper mapper = Wire.mapper();

  static List<Fixture> fixtures() {
    return GoldenFixtures.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsAndWritesBackUnchanged(Fixture fixture) throws Exception {
    JsonNode golden = fixture.json();
    Envelopes.Envelope envelope = Envelopes.forType(fixture.type());

    Object value = mapper.treeToValue(golden, envelope.wireType());
    assertThat(envelope.payload(value)).isInstanceOf(fixture.type());

    JsonNode written = mapper.valueToTree(value);
    assertThat(written).as("JSON written back for %s", fixture).isEqualTo(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsThroughItsPolymorphicFamily(Fixture fixture) throws Exception {
    for (Class<?> family : fixture.type().getInterfaces()) {
      if (family.isSealed() && family.isAnnotationPresent(JsonTypeInfo.class)) {
        Object value = mapper.treeToValue(fixture.json(), family);
        assertThat(value).isInstanceOf(fixture.type());
        assertThat((JsonNode) mapper.valueToTree(value)).isEqualTo(fixture.json());
      }
    }
  }
}
