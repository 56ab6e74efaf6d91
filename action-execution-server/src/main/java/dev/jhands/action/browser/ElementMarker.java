package dev.jhands.action.browser;

import com.microsoft.playwright.Page;
import java.util.Map;

/**
 * Gives every element of the page a {@code bid} attribute, as BrowserGym does, so that the ids in
 * the accessibility tree name elements an action can find again. An element keeps its bid across
 * steps; a new document numbers from 0 again.
 */
final class ElementMarker {

  // Returns bid -> [visibility ratio in the viewport, [x, y, width, height] or null, set-of-marks].
  private static final String MARK =
      """
      () => {
        if (typeof window.__jhandsNextBid !== 'number') window.__jhandsNextBid = 0;
        const marks = new Set(['input', 'textarea', 'select', 'button', 'a', 'iframe', 'video',
                               'li', 'td', 'option']);
        const taken = new Set(Array.from(document.querySelectorAll('[bid]'), e => e.getAttribute('bid')));
        const seen = new Set();
        const props = {};
        const vw = window.innerWidth, vh = window.innerHeight;
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            let bid = el.getAttribute('bid');
            // A copied node (or the page itself) may repeat a bid; the copy gets a new one.
            if (bid === null || seen.has(bid)) {
              do { bid = String(window.__jhandsNextBid++); } while (taken.has(bid) || seen.has(bid));
              el.setAttribute('bid', bid);
            }
            seen.add(bid);
            const r = el.getBoundingClientRect();
            const area = r.width * r.height;
            const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
            const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
            const shown = !el.checkVisibility || el.checkVisibility({visibilityProperty: true});
            const visibility = shown && area > 0 ? Math.round(100 * w * h / area) / 100 : 0;
            props[bid] = [visibility, area > 0 ? [r.x, r.y, r.width, r.height] : null,
                          visibility >= 0.5 && marks.has(el.localName)];
            if (el.shadowRoot) visit(el.shadowRoot);
          }
        };
        visit(document);
        return props;
      }
      """;

  private static final String FOCUSED =
      """
      () => {
        let e = document.activeElement;
        while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
        return e && e.getAttribute ? (e.getAttribute('bid') || '') : '';
      }
      """;

  private ElementMarker() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> mark(Page page) {
    return (Map<String, Object>) page.evaluate(MARK);
  }

  /** The bid of the element that has the focus, or "". */
  static String focusedBid(Page page) {
    return String.valueOf(page.evaluate(FOCUSED));
  }
}
