package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptBlocksTest {

  private final StringBuilder output = new StringBuilder();
  private final List<PromptInfo> prompts = new ArrayList<>();
  private final PromptBlocks blocks =
      new PromptBlocks(
          new PromptBlocks.Sink() {
            @Override
            public void printed(CharSequence text, int from) {
              output.append(text, from, text.length());
            }

            @Override
            public void prompted(PromptInfo prompt) {
              prompts.add(prompt);
            }
          });

  private void lines(String... lines) {
    for (String line : lines) {
      blocks.line(line, 0);
    }
  }

  @Test
  void aBlockBecomesAPromptAndIsNotOutput() {
    lines(
        "out",
        "###PS1JSON###",
        "{",
        "  \"pid\": \"\",",
        "  \"exit_code\": \"2\",",
        "  \"username\": \"ann\",",
        "  \"hostname\": \"box\",",
        "  \"working_dir\": \"/w/a \\\"q\\\" \\\\ b\",",
        "  \"py_interpreter_path\": \"\"",
        "}",
        "###PS1END###",
        "after");
    assertThat(output.toString()).isEqualTo("out\nafter\n");
    assertThat(prompts).containsExactly(new PromptInfo(2, -1, "ann", "box", "/w/a \"q\" \\ b", ""));
  }

  @Test
  void numbersAreReadAsPythonReadsThem() {
    lines("###PS1JSON###", "{\"pid\": \"12.7\", \"exit_code\": \"x\"}", "###PS1END###");
    assertThat(prompts).containsExactly(new PromptInfo(-1, 12, null, null, null, null));
  }

  @Test
  void somethingThatOnlyLooksLikeABlockIsOutput() {
    lines("###PS1JSON###", "not json", "###PS1END###", "###PS1END###");
    assertThat(prompts).isEmpty();
    assertThat(output.toString())
        .isEqualTo("###PS1JSON###\nnot json\n###PS1END###\n###PS1END###\n");
    assertThat(blocks.open()).isFalse();
  }

  @Test
  void aBlockThatNeverEndsIsReleasedInOrder() {
    lines("###PS1JSON###", "a");
    assertThat(blocks.open()).isTrue();
    blocks.piece("xlong", 1);
    assertThat(output.toString()).isEqualTo("###PS1JSON###\na\nlong");
    for (int i = 0; i < 100; i++) {
      lines(i == 0 ? "###PS1JSON###" : "x");
    }
    assertThat(blocks.open()).isFalse();
    assertThat(prompts).isEmpty();
  }
}
