package dev.migrate.autoconfigure.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an application's Actuator over HTTP, as an operator's probe does: a GET that must answer 200, as JSON. */
final class ActuatorClient {

	private final HttpClient http = HttpClient.newHttpClient();

	/** The JSON that {@code path} answers on the application's port, after checking it answered 200. */
	JsonNode get(int port, String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
