package dev.jhands.action.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.action.ActionExecutionConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChromiumTest {

  private static ActionExecutionConfig.Browser config(boolean enabled, String executable) {
    return new ActionExecutionConfig.Browser() {
      public boolean enabled() {
        return enabled;
      }

      public String executable() {
        return executable;
      }

      public Duration stepTimeout() {
        return Duration.ofSeconds(120);
      }

      public Duration launchTimeout() {
        return Duration.ofSeconds(60);
      }

      public int viewportWidth() {
        return 1280;
      }

      public int viewportHeight() {
        return 720;
      }
    };
  }

  @Test
  void saysWhyTheBrowserCannotBeUsed() {
    assertThat(Chromium.unusable(config(false, "/usr/bin/chromium")))
        .hasValueSatisfying(why -> assertThat(why).contains("disabled"));
    assertThat(Chromium.unusable(config(true, "/no/such/chromium")))
        .hasValueSatisfying(
            why -> assertThat(why).contains("No Chromium executable at /no/such/chromium"));
  }
}
