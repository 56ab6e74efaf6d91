package dev.jhands.action.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * One step's result: the page afterwards, the error the actions raised ("" if none, in BrowserGym's
 * {@code "<type>: <message>"} form) and the files downloaded meanwhile.
 */
record StepOutcome(PageState page, String error, List<Path> downloads) {}
