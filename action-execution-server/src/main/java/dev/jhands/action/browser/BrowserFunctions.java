package dev.jhands.action.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The BrowserGym functions an action string may call, by name. */
final class BrowserFunctions {

  private static final Map<String, BrowserFunction> ALL = new LinkedHashMap<>();

  static {
    Stream.of(ElementFunctions.all(), PageFunctions.all())
        .flatMap(java.util.List::stream)
        .forEach(f -> ALL.put(f.name(), f));
  }

  private BrowserFunctions() {}

  static BrowserFunction get(String name) throws BrowserGymError {
    BrowserFunction function = ALL.get(name);
    if (function == null) {
      throw new BrowserGymError("NameError", "name '" + name + "' is not defined");
    }
    return function;
  }

  /** Runs the calls in order; the first failure stops the rest, as an exception would in exec. */
  static void run(Iterable<BrowserCall> calls, StepContext step) throws Exception {
    for (BrowserCall call : calls) {
      BrowserFunction function = get(call.name());
      function.body().run(function.bind(call), step);
    }
  }
}
