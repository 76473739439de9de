import { routeUser } from "@/lib/auth/current-user";
import { failureResponse } from "@/lib/http/failure-response";

import { isImportId, runningImportProgress } from "@/lib/import/running-imports";

export const dynamic = "force-dynamic";

/**
 * `GET /api/import/progress?id=<id>`: how far the caller's own import with that id has
 * gone, `{ progress }`, while its file is still uploading (see lib/import/running-imports.ts); 404 once
 * it has ended, or for an id that is not theirs.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await routeUser("archive:import");
  if (user instanceof Response) return user;
  const id = new URL(request.url).searchParams.get("id");
  if (!isImportId(id)) return failureResponse(400, "BadRequest", "Give the import's id: ?id=<id>.");
  const progress = runningImportProgress(user, id);
  if (!progress)
    return failureResponse(404, "NotFound", "No import of yours is running with this id.");
  return Response.json({ progress }, { headers: { "Cache-Control": "no-store" } });
}
