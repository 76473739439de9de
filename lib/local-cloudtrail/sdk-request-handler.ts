import "server-only";

import { HttpResponse, type HttpHandler, type HttpRequest } from "@smithy/protocol-http";

import type { LocalCloudTrail } from "./local-cloudtrail";

/**
 * An SDK request handler that hands the SDK's own signed HTTP request to the local
 * service in-process, so serializers, retries and error parsing run exactly as they do
 * against AWS, without a network hop.
 */
export class LocalRequestHandler implements HttpHandler {
  constructor(private readonly service: () => LocalCloudTrail) {}

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const answer = this.service().handleInProcess({
      method: request.method,
      headers: request.headers,
      body: bodyText(request.body),
      sourceIp: "127.0.0.1",
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

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  throw new Error("The local CloudTrail handler expects a string or byte body from the SDK");
}
