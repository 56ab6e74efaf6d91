package dev.jhands.action.bash;

/**
 * Turns what programs write to a terminal into the lines a screen would show, as tmux's pane did
 * for OpenHands: colours and other escape sequences vanish, a carriage return lets the next text
 * overwrite the line (progress bars end as their last state), backspace steps back. Tabs stay tabs.
 *
 * <p>A line is handed on when it ends; {@link #takePartial()} hands on the unfinished one when a
 * command times out at a prompt such as "Password: ". A line that grows beyond {@value #LINE_LIMIT}
 * characters is handed on in pieces, so memory stays bounded.
 */
final class TerminalText {

  /** Where the lines go. The line is valid during the call only. */
  interface Lines {
    /**
     * @param line the line as the screen shows it
     * @param from where the part not handed on before by {@link #takePartial()} starts
     */
    void line(CharSequence line, int from);

    /** A piece of a line too long to keep; no line ends here. */
    void piece(CharSequence line, int from);
  }

  static final int LINE_LIMIT = 16_384;
  private static final int SEQUENCE_LIMIT = 4096;

  private enum State {
    TEXT,
    ESCAPE,
    CSI,
    STRING,
    STRING_ESCAPE,
    ONE_MORE
  }

  private final Lines lines;
  private final StringBuilder line = new StringBuilder();
  private final StringBuilder parameters = new StringBuilder();
  private int column;
  private int shown;
  private boolean rewritten;
  private State state = State.TEXT;
  private int sequenceLength;

  TerminalText(Lines lines) {
    this.lines = lines;
  }

  void write(CharSequence chars) {
    for (int i = 0; i < chars.length(); i++) {
      put(chars.charAt(i));
    }
  }

  /** The unfinished line as the screen shows it. */
  String pendingLine() {
    return line.toString();
  }

  /** The part of the unfinished line not handed on yet; it then counts as handed on. */
  String takePartial() {
    String fresh = line.substring(from());
    shown = line.length();
    rewritten = false;
    return fresh;
  }

  private void put(char c) {
    switch (state) {
      case TEXT -> text(c);
      case ESCAPE -> escape(c);
      case CSI -> csi(c);
      case STRING -> {
        if (c == 7) {
          state = State.TEXT;
        } else if (c == 27) {
          state = State.STRING_ESCAPE;
        } else if (++sequenceLength > SEQUENCE_LIMIT) {
          state = State.TEXT;
        }
      }
      case STRING_ESCAPE -> state = c == '\\' ? State.TEXT : State.STRING;
      case ONE_MORE -> state = State.TEXT;
    }
  }

  private void text(char c) {
    switch (c) {
      case '\n' -> endLine();
      case '\r' -> column = 0;
      case '\b' -> column = Math.max(0, column - 1);
      case 27 -> state = State.ESCAPE;
      default -> {
        if (c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f))) {
          print(c);
        }
      }
    }
  }

  private void escape(char c) {
    sequenceLength = 0;
    switch (c) {
      case '[' -> {
        parameters.setLength(0);
        state = State.CSI;
      }
      case ']', 'P', '_', '^', 'X' -> state = State.STRING;
      case '(', ')', '*', '+', '-', '.', '/', '#', '%', ' ' -> state = State.ONE_MORE;
      default -> state = State.TEXT;
    }
  }

  private void csi(char c) {
    if (c >= 0x20 && c <= 0x3f) {
      if (++sequenceLength > SEQUENCE_LIMIT) {
        state = State.TEXT;
      } else if (parameters.length() < 32) {
        parameters.append(c);
      }
    } else if (c >= 0x40 && c <= 0x7e) {
      state = State.TEXT;
      control(c, firstParameter());
    } else {
      // A broken sequence: the character is text again.
      state = State.TEXT;
      text(c);
    }
  }

  private int firstParameter() {
    int end = 0;
    while (end < parameters.length() && Character.isDigit(parameters.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(parameters.substring(0, Math.min(end, 6)));
  }

  // Only the sequences that change what one line shows; cursor moves between lines are ignored.
  private void control(char command, int n) {
    switch (command) {
      case 'K' -> erase(n);
      case 'G', '`' -> column = Math.max(0, n - 1);
      case 'C' -> column += Math.max(1, n);
      case 'D' -> column = Math.max(0, column - Math.max(1, n));
      default -> {}
    }
  }

  private void erase(int mode) {
    if (mode == 0) {
      if (column < line.length()) {
        touch(column);
        line.setLength(column);
      }
    } else if (mode == 1) {
      for (int i = 0; i <= column && i < line.length(); i++) {
        line.setCharAt(i, ' ');
      }
      touch(0);
    } else if (mode == 2) {
      touch(0);
      line.setLength(0);
    }
  }

  private void print(char c) {
    touch(column);
    while (line.length() < column) {
      line.append(' ');
    }
    if (column < line.length()) {
      line.setCharAt(column, c);
    } else {
      line.append(c);
    }
    column++;
    if (line.length() >= LINE_LIMIT && column == line.length()) {
      lines.piece(line, from());
      reset();
    }
  }

  // Changing what was already handed on means the whole line must be shown again.
  private void touch(int position) {
    if (position < shown) {
      rewritten = true;
    }
  }

  private int from() {
    return rewritten ? 0 : Math.min(shown, line.length());
  }

  private void endLine() {
    lines.line(line, from());
    reset();
  }

  private void reset() {
    line.setLength(0);
    column = 0;
    shown = 0;
    rewritten = false;
  }
}
