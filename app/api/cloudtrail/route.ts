import { getEnv } from "@/lib/env";
import { readBodyAtMost } from "@/lib/http/read-body";
import { getLocalCloudTrail } from "@/lib/local-cloudtrail/instance";
import { MAX_REQUEST_BYTES } from "@/lib/local-cloudtrail/protocol/parse-request";

export const dynamic = "force-dynamic";

/**
 * The local CloudTrail service over HTTP (AWS JSON 1.1), for the AWS CLI and any SDK:
 * `aws cloudtrail ... --endpoint-url http://localhost:3000/api/cloudtrail`. Requests must be
 * signed (SigV4) with a local access key; the service checks the signature over the Host,
 * path and body the request arrived with, as the client signed them.
 * In aws mode there is no local service, so the route does not exist.
 */
export async function POST(request: Request): Promise<Response> {
  if (getEnv().mode !== "local") return new Response("Not Found", { status: 404 });
  const body = await readBodyAtMost(request, MAX_REQUEST_BYTES);
  if (body === null) {
    return Response.json(
      {
        __type: "RequestEntityTooLargeException",
        message: `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`,
      },
      { status: 413, headers: { "content-type": "application/x-amz-json-1.1" } },
    );
  }
  const url = new URL(request.url);
  const answer = await getLocalCloudTrail().handle({
    method: request.method,
    headers: Object.fromEntries(request.headers),
    body,
    path: url.pathname + url.search,
    sourceIp: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "127.0.0.1",
  });
  return new Response(answer.body, { status: answer.statusCode, headers: answer.headers });
}
