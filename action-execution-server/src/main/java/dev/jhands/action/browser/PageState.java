package dev.jhands.action.browser;

import java.util.List;
import java.util.Map;

/**
 * What the browser shows after a step. The tree, DOM and element properties are filled only when
 * the action asked for them ({@code return_axtree}); {@code axtreeText} and {@code markdown} only
 * when the observation's text needs them.
 */
record PageState(
    String url,
    List<String> openPagesUrls,
    int activePageIndex,
    String focusedBid,
    String screenshot,
    String screenshotPath,
    String markdown,
    String axtreeText,
    Map<String, Object> domObject,
    Map<String, Object> axtreeObject,
    Map<String, Object> extraElementProperties) {}
