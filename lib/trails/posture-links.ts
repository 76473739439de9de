import type { FixTarget } from "./posture";
import { trailPath } from "./trail-paths";

/** Where the dashboard fixes what a posture check found. */
export function postureFixHref(target: FixTarget): string {
  if (target.page === "new") return "/trails/new";
  return target.page === "trail" ? trailPath(target) : trailPath(target, target.page);
}
