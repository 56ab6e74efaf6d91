package dev.jhands.action.bash;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates the prompt's blocks ({@value PromptInfo#BEGIN}, JSON, {@value PromptInfo#END}, each on
 * its own line) from the output around them. Lines that start like a block but turn out not to be
 * one (no valid JSON, or far too long) are output after all, in their order.
 */
final class PromptBlocks implements TerminalText.Lines {

  /** Where output and prompts go. */
  interface Sink {
    void printed(CharSequence text, int from);

    void prompted(PromptInfo prompt);
  }

  // A block is a dozen short lines; anything much longer is output that looked like one.
  private static final int LINE_LIMIT = 64;
  private static final int CHAR_LIMIT = 64 * 1024;

  private final Sink sink;
  private List<String> block;
  private int blockChars;

  PromptBlocks(Sink sink) {
    this.sink = sink;
  }

  /** Whether a block has begun and not ended. */
  boolean open() {
    return block != null;
  }

  @Override
  public void line(CharSequence line, int from) {
    if (block == null) {
      if (PromptInfo.BEGIN.contentEquals(line)) {
        begin();
      } else {
        sink.printed(line, from);
        sink.printed("\n", 0);
      }
    } else if (PromptInfo.END.contentEquals(line)) {
      PromptInfo prompt = PromptInfo.parse(block);
      if (prompt == null) {
        release();
        sink.printed(PromptInfo.END + "\n", 0);
      } else {
        block = null;
        sink.prompted(prompt);
      }
    } else if (PromptInfo.BEGIN.contentEquals(line)) {
      release();
      begin();
    } else {
      block.add(line.toString());
      blockChars += line.length();
      if (block.size() > LINE_LIMIT || blockChars > CHAR_LIMIT) {
        release();
      }
    }
  }

  @Override
  public void piece(CharSequence line, int from) {
    if (block != null) {
      release();
    }
    sink.printed(line, from);
  }

  private void begin() {
    block = new ArrayList<>();
    blockChars = 0;
  }

  private void release() {
    StringBuilder text = new StringBuilder(PromptInfo.BEGIN).append('\n');
    block.forEach(line -> text.append(line).append('\n'));
    block = null;
    sink.printed(text, 0);
  }
}
