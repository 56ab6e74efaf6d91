package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code browse}: the browser's state after a {@code browse} or {@code browse_interactive} action.
 * {@code screenshot} and {@code set_of_marks} are base64 PNGs; the DOM, accessibility tree and
 * element properties are free-form and empty unless the action asked for {@code return_axtree}.
 */
@JsonTypeName("browse")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserOutputObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String url,
    @JsonProperty(required = true) String triggerByAction,
    String screenshot,
    String screenshotPath,
    String setOfMarks,
    boolean error,
    List<String> goalImageUrls,
    List<String> openPagesUrls,
    // Boxed so that an absent value can take the wire default, -1.
    Integer activePageIndex,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> domObject,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> axtreeObject,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> extraElementProperties,
    String lastBrowserAction,
    String lastBrowserActionError,
    String focusedElementBid,
    boolean filterVisibleOnly)
    implements SandboxObservation {

  public BrowserOutputObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(triggerByAction, "trigger_by_action");
    screenshot = Objects.requireNonNullElse(screenshot, "");
    setOfMarks = Objects.requireNonNullElse(setOfMarks, "");
    goalImageUrls = goalImageUrls == null ? List.of() : List.copyOf(goalImageUrls);
    openPagesUrls = openPagesUrls == null ? List.of() : List.copyOf(openPagesUrls);
    activePageIndex = Objects.requireNonNullElse(activePageIndex, -1);
    domObject = FreeForm.map(domObject);
    axtreeObject = FreeForm.map(axtreeObject);
    extraElementProperties = FreeForm.map(extraElementProperties);
    lastBrowserAction = Objects.requireNonNullElse(lastBrowserAction, "");
    lastBrowserActionError = Objects.requireNonNullElse(lastBrowserActionError, "");
    focusedElementBid = Objects.requireNonNullElse(focusedElementBid, "");
  }

  @Override
  public String message() {
    return "Visited " + url;
  }
}
