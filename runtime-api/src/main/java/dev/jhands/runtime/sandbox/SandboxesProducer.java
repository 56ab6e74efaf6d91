package dev.jhands.runtime.sandbox;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.SandboxBackend;
import dev.jhands.runtime.kubernetes.KubernetesSandboxes;
import dev.jhands.runtime.process.ProcessBackend;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Wires the sandboxes over the configured state directory, and watches them while the app runs. */
@ApplicationScoped
public class SandboxesProducer {

  private static final Logger LOG = Logger.getLogger(SandboxesProducer.class);

  private Sandboxes sandboxes;
  private Watcher watcher;
  private RuntimeApiConfig config;

  @Produces
  @Singleton
  @Startup
  Sandboxes sandboxes(RuntimeApiConfig config, Instance<KubernetesClient> kubernetes) {
    this.config = config;
    switch (config.backend()) {
      case PROCESS -> {
        LOG.warn(
            "process backend: sandboxes run as local processes with this server's rights, no"
                + " isolation");
        SandboxBackend backend = new ProcessBackend(config);
        sandboxes = new Sandboxes(config, new FileRecordStore(config.stateDir()), backend);
      }
      case KUBERNETES -> sandboxes = KubernetesSandboxes.create(config, kubernetes.get());
      default ->
          throw new IllegalStateException(
              "jhands.runtime.backend="
                  + config.backend().name().toLowerCase()
                  + " is not built yet");
    }
    watcher = new Watcher(sandboxes).begin();
    return sandboxes;
  }

  @PreDestroy
  void shutdown() {
    if (watcher != null) {
      watcher.close();
    }
    if (sandboxes != null && config.process().stopOnShutdown()) {
      sandboxes.stopAll();
    }
    if (sandboxes != null) {
      sandboxes.close();
    }
  }
}
