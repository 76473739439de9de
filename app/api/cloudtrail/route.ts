import { getEnv } from "@/lib/env";
import { getLocalCloudTrail } from "@/lib/local-cloudtrail/instance";

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
  const url = new URL(request.url);
  const answer = await getLocalCloudTrail().handle({
    method: request.method,
    headers: Object.fromEntries(request.headers),
    body: await request.text(),
    path: url.pathname + url.search,
    sourceIp: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "127.0.0.1",
  });
  return new Response(answer.body, { status: answer.statusCode, headers: answer.headers });
}
