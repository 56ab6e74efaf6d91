package dev.jhands.events;

import dev.jhands.testing.arch.LayeringRules;
import org.junit.jupiter.api.Test;

class LayeringTest {

  @Test
  void wireModelUsesOnlyJacksonAndTheJdk() {
    LayeringRules.wireModelUsesOnlyJacksonAndTheJdk(LayeringRules.WIRE)
        .check(LayeringRules.mainClasses());
  }
}
