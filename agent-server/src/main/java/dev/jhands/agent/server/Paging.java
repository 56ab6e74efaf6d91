package dev.jhands.agent.server;

import dev.jhands.events.api.Page;
import java.util.List;
import java.util.function.Function;

/**
 * OpenHands' paging: {@code page_id} is the id of the first item of the wanted page, and {@code
 * next_page_id} the id of the first item after it.
 */
public final class Paging {

  public static final int MAX_LIMIT = 100;

  private Paging() {}

  /** Checks a {@code limit} query value, defaulting to the maximum. */
  public static int limit(Integer limit) {
    if (limit == null) {
      return MAX_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }

  /** One page of {@code sorted}; an unknown {@code pageId} gives an empty last page. */
  public static <T> Page<T> page(List<T> sorted, Function<T, String> id, String pageId, int limit) {
    int start = 0;
    if (pageId != null && !pageId.isEmpty()) {
      start = -1;
      for (int i = 0; i < sorted.size(); i++) {
        if (pageId.equals(id.apply(sorted.get(i)))) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        return Page.last(List.of());
      }
    }
    int end = Math.min(sorted.size(), start + limit);
    String next = end < sorted.size() ? id.apply(sorted.get(end)) : null;
    return new Page<>(sorted.subList(start, end), next);
  }
}
