package dev.jhands.agent;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests sent exactly as written, for paths REST Assured would re-encode. */
public final class RawHttp {

  private RawHttp() {}

  /** Sent by the JDK client: REST Assured would re-encode the double slash. */
  public static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  public static HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).build();
  }

  public static HttpRequest multipart(String path, String content) {
    String boundary = "jhands-boundary";
    String body =
        "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n"
                .formatted(boundary)
            + "Content-Type: application/octet-stream\r\n\r\n"
            + content
            + "\r\n--%s--\r\n".formatted(boundary);
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + RestAssured.port + path);
  }
}
