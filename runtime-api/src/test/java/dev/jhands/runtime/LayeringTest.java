package dev.jhands.runtime;

import dev.jhands.testing.arch.LayeringRules;
import org.junit.jupiter.api.Test;

class LayeringTest {

  @Test
  void usesNoOtherServiceModule() {
    LayeringRules.serviceUsesOnlyItselfAndTheWireModel("dev.jhands.runtime", LayeringRules.WIRE)
        .check(LayeringRules.mainClasses());
  }
}
