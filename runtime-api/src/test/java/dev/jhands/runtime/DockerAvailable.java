package dev.jhands.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the Docker tests when an engine answers, and always in CI ({@code CI} set), where a missing
 * engine or base image must fail them rather than skip them. Evaluated before Quarkus boots, so a
 * skipped class never tries to reach an engine.
 */
public class DockerAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (System.getenv("CI") != null) {
      return ConditionEvaluationResult.enabled("CI is set: the Docker tests must run");
    }
    DefaultDockerClientConfig config =
        DefaultDockerClientConfig.createDefaultConfigBuilder().build();
    try (DockerClient docker =
        DockerClientImpl.getInstance(
            config,
            new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .connectionTimeout(Duration.ofSeconds(2))
                .responseTimeout(Duration.ofSeconds(5))
                .build())) {
      docker.pingCmd().exec();
      docker.inspectImageCmd(DockerProfile.IMAGE).exec();
      return ConditionEvaluationResult.enabled("a Docker engine answers");
    } catch (Exception e) {
      return ConditionEvaluationResult.disabled(
          "SKIPPED outside CI: no Docker engine at "
              + config.getDockerHost()
              + " or no image "
              + DockerProfile.IMAGE
              + " ("
              + e.getMessage()
              + "); start dockerd and run deploy/base-image.sh to run these tests");
    }
  }
}
