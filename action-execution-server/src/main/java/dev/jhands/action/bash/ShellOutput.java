package dev.jhands.action.bash;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the shell printed, cut at its prompts. The PTY reader feeds it; the action thread waits on
 * it and is woken the moment a prompt block is complete, so completion costs no polling interval.
 *
 * <p>Output before a prompt belongs to the command that prompt ends ({@link #takeFinished()});
 * output after it waits for the next command. A timed-out command's output so far, unfinished line
 * included, comes from {@link #takePending()}; each piece is handed out once.
 */
final class ShellOutput implements PromptBlocks.Sink {

  /** Why {@link #await} returned. */
  enum Event {
    PROMPT,
    QUIET,
    DEADLINE,
    ENDED
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final PromptBlocks blocks = new PromptBlocks(this);
  private final TerminalText terminal = new TerminalText(blocks);
  private int budget;
  private OutputWindow current;
  private OutputWindow finished;
  private PromptInfo prompt;
  private long prompts;
  private long lastOutput = System.nanoTime();
  private boolean ended;
  private int exitStatus = -1;

  ShellOutput(int budget) {
    this.budget = budget;
    this.current = new OutputWindow(budget);
  }

  /** Characters from the terminal; called by the reader thread only. */
  void accept(CharSequence chars) {
    lock.lock();
    try {
      lastOutput = System.nanoTime();
      terminal.write(chars);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The shell is gone; waiters return {@link Event#ENDED}. */
  void ended(int status) {
    lock.lock();
    try {
      ended = true;
      exitStatus = status;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a prompt newer than {@code afterPrompts} appears, the shell ends, no output came
   * for {@code quietNanos} (if positive) since {@code startNanos}, or {@code deadlineNanos} passes.
   */
  Event await(long afterPrompts, long startNanos, long deadlineNanos, long quietNanos)
      throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (true) {
        if (prompts > afterPrompts) {
          return Event.PROMPT;
        }
        if (ended) {
          return Event.ENDED;
        }
        long now = System.nanoTime();
        long wait = deadlineNanos - now;
        if (quietNanos > 0) {
          long quietUntil = Math.max(startNanos, lastOutput) + quietNanos;
          if (quietUntil - now <= 0) {
            return Event.QUIET;
          }
          wait = Math.min(wait, quietUntil - now);
        }
        if (wait <= 0) {
          return Event.DEADLINE;
        }
        changed.await(wait, TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  long prompts() {
    return locked(() -> prompts);
  }

  boolean ended() {
    return locked(() -> ended);
  }

  int exitStatus() {
    return locked(() -> exitStatus);
  }

  /** The latest prompt's report. */
  PromptInfo prompt() {
    return locked(() -> prompt);
  }

  /** The character budget of output from now on (a hidden command's output is not cut). */
  void budget(int chars) {
    lock.lock();
    try {
      if (chars != budget) {
        budget = chars;
        OutputWindow resized = new OutputWindow(chars);
        resized.append(current);
        current = resized;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Everything printed up to the latest prompt. */
  String takeFinished() {
    return locked(
        () -> {
          String text = finished == null ? "" : finished.text();
          finished = null;
          return text;
        });
  }

  /** Everything printed and not yet taken, the unfinished line included. */
  String takePending() {
    return locked(
        () -> {
          OutputWindow all = finished == null ? current : joined(finished, current);
          finished = null;
          current = new OutputWindow(budget);
          // Half a prompt marker is not output: the rest of the block is about to arrive.
          String pending = terminal.pendingLine();
          if (!blocks.open() && !(pending.length() > 0 && PromptInfo.BEGIN.startsWith(pending))) {
            all.append(terminal.takePartial());
          }
          return all.text();
        });
  }

  /** Drops everything so far: what the shell printed while it was being set up. */
  void discard() {
    lock.lock();
    try {
      finished = null;
      current = new OutputWindow(budget);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void printed(CharSequence text, int from) {
    current.append(text, from, text.length());
  }

  @Override
  public void prompted(PromptInfo info) {
    // Two prompts before anyone looked: both commands' output, as upstream joins them.
    finished = finished == null ? current : joined(finished, current);
    current = new OutputWindow(budget);
    prompt = info;
    prompts++;
    changed.signalAll();
  }

  private OutputWindow joined(OutputWindow first, OutputWindow second) {
    OutputWindow both = new OutputWindow(budget);
    String earlier = first.text();
    if (!earlier.isEmpty()) {
      both.append(earlier + "\n");
    }
    both.append(second);
    return both;
  }

  private <T> T locked(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }
}
