package dev.jhands.runtime.sandbox;

import com.github.dockerjava.api.DockerClient;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.SandboxBackend;
import dev.jhands.runtime.docker.DockerBackend;
import dev.jhands.runtime.docker.DockerEngine;
import dev.jhands.runtime.docker.DockerRecordStore;
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

/** Wires the sandboxes over the configured backend, and watches them while the app runs. */
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
      case DOCKER -> {
        DockerClient docker = DockerEngine.connect(config.docker());
        DockerBackend backend = new DockerBackend(docker, config);
        sandboxes = new Sandboxes(config, new DockerRecordStore(docker, config, backend), backend);
      }
      case KUBERNETES -> sandboxes = KubernetesSandboxes.create(config, kubernetes.get());
    }
    watcher = new Watcher(sandboxes).begin();
    return sandboxes;
  }

  @PreDestroy
  void shutdown() {
    if (watcher != null) {
      watcher.close();
    }
    boolean stopAll =
        switch (config.backend()) {
          case DOCKER -> config.docker().stopOnShutdown();
          default -> config.process().stopOnShutdown();
        };
    if (sandboxes != null && stopAll) {
      sandboxes.stopAll();
    }
    if (sandboxes != null) {
      sandboxes.close();
    }
  }
}
