package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The answer of {@code GET /list} (runtime-api.md §2.5): the active runtimes of the API key, and
 * their number, which the eval cleanup script reads as {@code total}. An absent {@code total} is
 * the number of runtimes listed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuntimeList(List<Runtime> runtimes, Integer total) {

  public RuntimeList {
    runtimes = runtimes == null ? List.of() : List.copyOf(runtimes);
    total = total == null ? runtimes.size() : total;
  }

  public static RuntimeList of(List<Runtime> runtimes) {
    return new RuntimeList(runtimes, null);
  }
}
