package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.jhands.runtime.RuntimeApiConfig;
import java.time.Duration;

/** Connects to the Docker engine the configuration names, or the one {@code DOCKER_HOST} does. */
public final class DockerEngine {

  private DockerEngine() {}

  public static DockerClient connect(RuntimeApiConfig.Docker config) {
    DefaultDockerClientConfig.Builder builder =
        DefaultDockerClientConfig.createDefaultConfigBuilder();
    config.host().ifPresent(builder::withDockerHost);
    DefaultDockerClientConfig clientConfig = builder.build();
    ApacheDockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(clientConfig.getDockerHost())
            .sslConfig(clientConfig.getSSLConfig())
            .maxConnections(32)
            .connectionTimeout(Duration.ofSeconds(5))
            // Long enough for a stop that waits out the grace period.
            .responseTimeout(config.stopGrace().plusSeconds(30))
            .build();
    return DockerClientImpl.getInstance(clientConfig, http);
  }
}
