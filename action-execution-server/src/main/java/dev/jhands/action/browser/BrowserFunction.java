package dev.jhands.action.browser;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One BrowserGym function: its Python signature, bound the way Python binds a call, and what it
 * does to the browser.
 */
record BrowserFunction(String name, List<Param> params, Body body) {

  /** Stands for "no default": the argument is required. */
  static final Object REQUIRED = new Object();

  record Param(String name, Object defaultValue) {}

  @FunctionalInterface
  interface Body {
    void run(Args args, StepContext step) throws Exception;
  }

  static Param param(String name) {
    return new Param(name, REQUIRED);
  }

  static Param param(String name, Object defaultValue) {
    return new Param(name, defaultValue);
  }

  static BrowserFunction of(String name, Body body, Param... params) {
    return new BrowserFunction(name, Arrays.asList(params), body);
  }

  /** The call's arguments by parameter name, with defaults filled in; TypeErrors as Python's. */
  Args bind(BrowserCall call) throws BrowserGymError {
    if (call.args().size() > params.size()) {
      throw typeError(
          "takes "
              + params.size()
              + " positional arguments but "
              + call.args().size()
              + " were given");
    }
    Map<String, Object> bound = new LinkedHashMap<>();
    for (int i = 0; i < call.args().size(); i++) {
      bound.put(params.get(i).name(), call.args().get(i));
    }
    for (Map.Entry<String, Object> kw : call.kwargs().entrySet()) {
      if (params.stream().noneMatch(p -> p.name().equals(kw.getKey()))) {
        throw typeError("got an unexpected keyword argument '" + kw.getKey() + "'");
      }
      if (bound.containsKey(kw.getKey())) {
        throw typeError("got multiple values for argument '" + kw.getKey() + "'");
      }
      bound.put(kw.getKey(), kw.getValue());
    }
    for (Param p : params) {
      if (!bound.containsKey(p.name())) {
        if (p.defaultValue() == REQUIRED) {
          throw typeError("missing 1 required positional argument: '" + p.name() + "'");
        }
        bound.put(p.name(), p.defaultValue());
      }
    }
    return new Args(name, bound);
  }

  private BrowserGymError typeError(String what) {
    return new BrowserGymError("TypeError", name + "() " + what);
  }
}
