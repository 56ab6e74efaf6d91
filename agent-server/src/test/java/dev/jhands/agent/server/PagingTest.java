package dev.jhands.agent.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jhands.events.api.Page;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PagingTest {

  private static final List<String> ITEMS = List.of("a", "b", "c", "d", "e");

  @Test
  void walksAllPagesWithNextPageId() {
    Page<String> first = Paging.page(ITEMS, Function.identity(), null, 2);
    Page<String> second = Paging.page(ITEMS, Function.identity(), first.nextPageId(), 2);
    Page<String> last = Paging.page(ITEMS, Function.identity(), second.nextPageId(), 2);

    assertThat(first.items()).containsExactly("a", "b");
    assertThat(first.nextPageId()).isEqualTo("c");
    assertThat(second.items()).containsExactly("c", "d");
    assertThat(last.items()).containsExactly("e");
    assertThat(last.nextPageId()).isNull();
  }

  @Test
  void unknownPageIdGivesAnEmptyLastPage() {
    Page<String> page = Paging.page(ITEMS, Function.identity(), "zzz", 2);
    assertThat(page.items()).isEmpty();
    assertThat(page.nextPageId()).isNull();
  }

  @Test
  void limitIsOneToAHundred() {
    assertThat(Paging.limit(null)).isEqualTo(100);
    assertThat(Paging.limit(100)).isEqualTo(100);
    assertThatThrownBy(() -> Paging.limit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paging.limit(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
