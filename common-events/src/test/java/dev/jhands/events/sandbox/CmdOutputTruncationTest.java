package dev.jhands.events.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The middle truncation OpenHands applies to command output above 30000 characters. */
class CmdOutputTruncationTest {

  private static final String NOTICE = "\n[... Observation truncated due to length ...]\n";

  @Test
  void outputUpToTheLimitIsKept() {
    String content = "a".repeat(30_000);

    assertThat(new CmdOutputObservation(content, "cat", null, false).content()).isEqualTo(content);
  }

  @Test
  void longerOutputKeepsItsHeadAndTail() {
    String content = "h".repeat(20_000) + "t".repeat(20_000);

    String kept = new CmdOutputObservation(content, "cat", null, false).content();

    assertThat(kept).isEqualTo("h".repeat(15_000) + NOTICE + "t".repeat(15_000));
  }

  @Test
  void truncatingTwiceChangesNothing() {
    String once = new CmdOutputObservation("x".repeat(40_000) + "y", "cat", null, false).content();

    assertThat(new CmdOutputObservation(once, "cat", null, false).content()).isEqualTo(once);
  }

  @Test
  void hiddenOutputIsKeptWhole() {
    String content = "a".repeat(40_000);

    assertThat(new CmdOutputObservation(content, "git diff", null, true).content())
        .isEqualTo(content);
  }

  @Test
  void limitCountsCodePointsLikePython() {
    String emoji = "\uD83D\uDE00";
    String content = emoji.repeat(30_000);

    assertThat(new CmdOutputObservation(content, "cat", null, false).content()).isEqualTo(content);
    String cut = new CmdOutputObservation(content + emoji, "cat", null, false).content();
    assertThat(cut).isEqualTo(emoji.repeat(15_000) + NOTICE + emoji.repeat(15_000));
  }

  @Test
  void readingAnOversizedObservationTruncatesItAsOpenHandsDoes() throws Exception {
    SandboxObservationEvent event =
        Json.MAPPER.treeToValue(
            Json.tree("{'observation': 'run', 'extras': {'command': 'yes'}}")
                .put("content", "y".repeat(30_001)),
            SandboxObservationEvent.class);

    assertThat(event.observation().content()).hasSize(30_000 + NOTICE.length());
  }
}
