package dev.jhands.agent.file;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} header Starlette's FileResponse sends for a download. */
final class ContentDisposition {

  private ContentDisposition() {}

  /** A plain quoted name when it is safe ASCII, else the RFC 5987 {@code filename*} form. */
  static String attachment(String filename) {
    boolean plain = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
    if (plain) {
      return "attachment; filename=\"" + filename + "\"";
    }
    String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename*=utf-8''" + encoded;
  }
}
