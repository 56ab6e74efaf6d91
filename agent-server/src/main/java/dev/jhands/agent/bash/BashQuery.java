package dev.jhands.agent.bash;

import dev.jhands.agent.server.TimeWindow;
import dev.jhands.events.bash.BashCommand;
import dev.jhands.events.bash.BashError;
import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.bash.BashOutput;
import java.util.List;
import java.util.Objects;

/**
 * The filters of a bash event search: {@code kind__eq}, {@code command_id__eq} (which only a
 * BashOutput can match: as in the SDK, a BashCommand has no {@code command_id} field) and a {@code
 * [timestamp__gte, timestamp__lt)} window in server-local time.
 */
record BashQuery(String kind, String commandId, TimeWindow window) {

  static BashQuery of(String kind, String commandId, String gte, String lt) {
    String k = blankToNull(kind);
    if (k != null && !k.equals("BashCommand") && !k.equals("BashOutput")) {
      throw new IllegalArgumentException("Unknown kind__eq: " + k + " (BashCommand, BashOutput)");
    }
    return new BashQuery(k, blankToNull(commandId), TimeWindow.of(gte, lt));
  }

  List<BashEvent> apply(List<BashEvent> log) {
    return log.stream().filter(this::matches).toList();
  }

  private boolean matches(BashEvent event) {
    return (kind == null || kind.equals(event.getClass().getSimpleName()))
        && (commandId == null || Objects.equals(commandId, commandIdOf(event)))
        && window.contains(event.timestamp());
  }

  private static String commandIdOf(BashEvent event) {
    return switch (event) {
      case BashCommand command -> null;
      case BashOutput output -> output.commandId();
      case BashError error -> null;
    };
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
