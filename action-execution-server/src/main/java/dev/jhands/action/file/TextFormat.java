package dev.jhands.action.file;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a text file is stored: its charset, whether it starts with a byte-order mark, and its line
 * separator. The editor works on text with {@code \n} only (as Python's universal newlines give it)
 * and writes it back in the file's own format, so an edit changes only what it edits.
 */
record TextFormat(Charset charset, boolean bom, String newline) {

  /** New files: UTF-8, no mark, {@code \n}, as OHEditor writes them. */
  static final TextFormat DEFAULT = new TextFormat(StandardCharsets.UTF_8, false, "\n");
}
