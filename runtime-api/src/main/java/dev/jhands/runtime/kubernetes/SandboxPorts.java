package dev.jhands.runtime.kubernetes;

import dev.jhands.runtime.RuntimeApiConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The ports a sandbox serves and the Ingress host prefix of each: the sandbox server at the
 * runtime's own host, and the fixed in-pod ports clients derive sibling hosts from (runtime-api.md
 * §4: {@code vscode-<host>}, {@code work-1-<host>}, {@code work-2-<host>}).
 */
record SandboxPorts(String name, int port, String hostPrefix) {

  static final int VSCODE = 60001;
  static final int WORK_1 = 12000;
  static final int WORK_2 = 12001;

  static List<SandboxPorts> of(RuntimeApiConfig.Kubernetes config) {
    List<SandboxPorts> ports = new ArrayList<>();
    ports.add(new SandboxPorts("http", config.sandboxPort(), ""));
    if (config.exposeServicePorts()) {
      ports.add(new SandboxPorts("vscode", VSCODE, "vscode-"));
      ports.add(new SandboxPorts("work-1", WORK_1, "work-1-"));
      ports.add(new SandboxPorts("work-2", WORK_2, "work-2-"));
    }
    return ports;
  }
}
