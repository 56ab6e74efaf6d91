package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /start} on the runtime API (runtime-api.md §2.1): create a runtime, or
 * claim a warm one. {@code command} comes as a list or as one line and is written back in the form
 * it came in (see {@link RuntimeCommand}).
 *
 * <p>Clients differ in what they send: V0 and V1 always send {@code resource_factor}, the SDK only
 * when it is not 1; only V1 sends {@code run_as_group}; only the SDK sends {@code
 * image_pull_policy}; {@code runtime_class} is sent only when it is not the server default. So the
 * knobs whose absence means "the server's default" ({@code runtime_class}, the three pod IDs and
 * {@code image_pull_policy}) are left out of the JSON when null, as the clients do. The pod IDs get
 * no default here: V0 sends none, and what their absence means is the server's decision. {@code
 * resource_factor} defaults to 1 and {@code environment} to empty.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StartRuntimeRequest(
    String image,
    RuntimeCommand command,
    String workingDir,
    Map<String, String> environment,
    String sessionId,
    Integer resourceFactor,
    @JsonInclude(JsonInclude.Include.NON_NULL) String runtimeClass,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer runAsUser,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer runAsGroup,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer fsGroup,
    @JsonInclude(JsonInclude.Include.NON_NULL) ImagePullPolicy imagePullPolicy) {

  /** The resource factors the clients document; the SDK rejects any other before sending. */
  public static final Set<Integer> RESOURCE_FACTORS = Set.of(1, 2, 4, 8);

  /** The only non-default runtime class any client sends. */
  public static final String SYSBOX_RUNTIME_CLASS = "sysbox-runc";

  public StartRuntimeRequest {
    environment = environment == null ? Map.of() : Map.copyOf(environment);
    resourceFactor = resourceFactor == null ? 1 : resourceFactor;
  }
}
