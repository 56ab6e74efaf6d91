package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where the agent works: {@code {"kind": "LocalWorkspace", "working_dir": "/workspace/project"}}.
 * Inside the agent server it is always a local directory; a missing {@code kind} means local.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = LocalWorkspace.class)
@JsonSubTypes({@JsonSubTypes.Type(value = LocalWorkspace.class, name = "LocalWorkspace")})
public sealed interface Workspace permits LocalWorkspace {

  /** The directory the agent's tools run in. */
  String workingDir();
}
