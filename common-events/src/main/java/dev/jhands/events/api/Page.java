package dev.jhands.events.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One page of a search, in the shape every OpenHands search route answers with.
 *
 * <p>{@code next_page_id} is opaque to clients: it is the id of the first item of the next page, or
 * null on the last page.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Page<T>(List<T> items, String nextPageId) {

  public Page {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }
}
