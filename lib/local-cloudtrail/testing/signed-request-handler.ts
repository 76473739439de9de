import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";

import type { LocalCloudTrail } from "../local-cloudtrail";

/**
 * An SDK request handler for tests that hands the SDK's signed request to the service's
 * network door (`handle`), as the HTTP route does, so the SDK's own signer meets the
 * service's verification.
 */
export class SignedRequestHandler implements HttpHandler {
  constructor(private readonly service: () => LocalCloudTrail) {}

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const body: unknown = request.body;
    const answer = await this.service().handle({
      method: request.method,
      headers: request.headers,
      body:
        typeof body === "string"
          ? body
          : body instanceof Uint8Array
            ? new TextDecoder().decode(body)
            : "",
      path: request.path,
      sourceIp: "198.51.100.20",
    });
    return {
      response: new HttpResponse({
        statusCode: answer.statusCode,
        headers: answer.headers,
        body: new TextEncoder().encode(answer.body),
      }),
    };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs() {
    return {};
  }
}
