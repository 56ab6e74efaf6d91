package dev.jhands.action.browser;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A page as the markdown the {@code browse} observation shows, in the spirit of OpenHands'
 * html2text settings: links kept, images as their alt text, no line wrapping. Links are made
 * absolute, so the agent can pass them to {@code goto} as they are.
 */
final class PageMarkdown {

  private static final FlexmarkHtmlConverter CONVERTER =
      FlexmarkHtmlConverter.builder(
              new MutableDataSet()
                  .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
                  .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true)
                  .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0)
                  .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false))
          .build();

  private PageMarkdown() {}

  static String convert(String html, String baseUrl) {
    Document page = Jsoup.parse(html, baseUrl);
    page.select("head, script, style, noscript, template, svg, canvas").remove();
    for (Element image : page.select("img")) {
      String alt = image.attr("alt");
      image.replaceWith(new TextNode(alt));
    }
    for (Element link : page.select("a[href]")) {
      String absolute = link.absUrl("href");
      if (!absolute.isEmpty()) {
        link.attr("href", absolute);
      }
    }
    return CONVERTER.convert(page.body() == null ? page : page.body()).strip();
  }
}
