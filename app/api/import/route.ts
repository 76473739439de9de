import { recordAudit } from "@/lib/audit/audit-log";
import { getCurrentUser, routeUser } from "@/lib/auth/current-user";
import { requestOrigin, requestSourceIp } from "@/lib/auth/request-origin";
import { PERMISSION_LABELS } from "@/lib/auth/roles";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { getEnv } from "@/lib/env";
import { failureResponse } from "@/lib/http/failure-response";
import { ndjsonResponse } from "@/lib/http/ndjson-response";
import { parseUploadName } from "@/lib/import/upload-name";

import { importUpload } from "@/lib/import/import-upload";
import { isImportId } from "@/lib/import/running-imports";

export const dynamic = "force-dynamic";

/**
 * `POST /api/import?name=<file name>[&id=<id>]` with a CloudTrail log file as the body (the
 * file's bytes, gzip or not), answering NDJSON: ImportMessage lines, progress as the file
 * loads and then its summary. With an id, /api/import/progress tells how far it has gone
 * while the browser is still sending. The body is read as it arrives, so a file of any size loads in
 * flat memory; closing the request stops the import at its next chunk.
 *
 * The proxy does not run for this route (see its matcher): Next.js holds a body in memory
 * for the proxy, and cuts it at 10 MB. So the route makes the proxy's checks itself.
 */
export async function POST(request: Request): Promise<Response> {
  const env = getEnv();
  if (!isSameOrigin(request.headers.get("origin"), await requestOrigin(), env.publicUrl)) {
    return failureResponse(
      403,
      "Forbidden",
      "Changes are accepted only from Trailscope's own pages.",
    );
  }
  const user = await routeUser("archive:import");
  if (user instanceof Response) {
    if (user.status === 403) await auditRefusal(request);
    return user;
  }
  if (env.mode !== "local") {
    return failureResponse(
      409,
      "LocalModeOnly",
      "Import loads log files into Trailscope's local store, which exists in local mode only (TRAILSCOPE_MODE=local).",
    );
  }
  const params = new URL(request.url).searchParams;
  const name = parseUploadName(params.get("name"));
  if (!name.ok) return failureResponse(400, "BadRequest", name.error);
  const id = params.get("id");
  if (id !== null && !isImportId(id))
    return failureResponse(
      400,
      "BadRequest",
      "An import's id is 8 to 64 letters, digits or dashes.",
    );
  const body = request.body;
  if (!body)
    return failureResponse(400, "BadRequest", "Send the file's bytes as the request's body.");
  const length = Number(request.headers.get("content-length"));
  const upload = {
    user,
    id: id ?? undefined,
    sourceIp: await requestSourceIp(),
    name: name.name,
    body,
    bytes: Number.isSafeInteger(length) && length > 0 ? length : undefined,
  };
  return ndjsonResponse(request, (signal) => importUpload(upload, signal));
}

// A viewer's attempt goes to the audit log, as a refused server action does (authorize.ts).
async function auditRefusal(request: Request): Promise<void> {
  const user = await getCurrentUser();
  if (!user) return;
  const name = parseUploadName(new URL(request.url).searchParams.get("name"));
  recordAudit({
    at: Date.now(),
    actor: user.name,
    actorRole: user.role,
    authMethod: user.method,
    action: "ImportLogFile",
    detail: name.ok ? name.name : undefined,
    outcome: "refused",
    error: `The ${user.role} role cannot ${PERMISSION_LABELS["archive:import"]}.`,
    calls: [],
    sourceIp: await requestSourceIp(),
  });
}
