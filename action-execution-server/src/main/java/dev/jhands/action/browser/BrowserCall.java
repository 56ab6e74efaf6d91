package dev.jhands.action.browser;

import java.util.List;
import java.util.Map;

/**
 * One BrowserGym function call as the agent wrote it, e.g. {@code click('12', button='right')}.
 * Values are {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@code null} (Python's
 * {@code None}) or lists of them.
 */
record BrowserCall(String name, List<Object> args, Map<String, Object> kwargs, int line) {}
