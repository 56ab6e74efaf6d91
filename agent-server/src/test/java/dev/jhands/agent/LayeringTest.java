package dev.jhands.agent;

import dev.jhands.testing.arch.LayeringRules;
import org.junit.jupiter.api.Test;

class LayeringTest {

  @Test
  void usesNoOtherServiceModule() {
    LayeringRules.serviceUsesOnlyItselfAndTheWireModel("dev.jhands.agent", LayeringRules.WIRE)
        .check(LayeringRules.mainClasses());
  }
}
