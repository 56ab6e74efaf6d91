package dev.jhands.action.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMarkdownTest {

  @Test
  void keepsTextHeadingsAndAbsoluteLinksAndDropsScripts() {
    String markdown =
        PageMarkdown.convert(
            """
            <html><head><title>T</title><style>p {color: red}</style></head>
            <body bid="3"><h1 id="top">Welcome</h1>
            <p>Some <b>bold</b> text and <a href="/next">the next page</a>.</p>
            <img src="cat.png" alt="a cat"><script>alert('no')</script>
            <ul><li>one</li><li>two</li></ul></body></html>
            """,
            "http://example.com/dir/");
    assertThat(markdown)
        .contains("# Welcome")
        .contains("Some **bold** text and [the next page](http://example.com/next).")
        .contains("a cat")
        .contains("* one")
        .doesNotContain("alert")
        .doesNotContain("color: red")
        .doesNotContain("{#top}")
        .doesNotContain("cat.png");
  }
}
