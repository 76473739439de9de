import "server-only";

import { listAllTrails, trailArn } from "../store/trails-repo";
import type { OperationHandler } from "./context";
import { inputBoolean, inputList, inputString } from "./input";
import { assertTrailArn, isArn, resolveTrail, trailsInRegion } from "./resolve-trail";
import { assertTrailName } from "./trail-rules";
import { toTrailShape } from "./trail-shape";

export const describeTrails: OperationHandler = (ctx, input) => {
  const includeShadows = inputBoolean(input, "includeShadowTrails") ?? true;
  const names = inputList<string>(input, "trailNameList") ?? [];
  for (const name of names) {
    if (isArn(name)) assertTrailArn(name);
    else assertTrailName(name);
  }
  const visible = trailsInRegion(ctx, includeShadows);
  // Names that match nothing are left out of the answer, not reported, as on AWS.
  const trails =
    names.length === 0
      ? visible
      : visible.filter((t) => names.includes(t.name) || names.includes(trailArn(t)));
  return { trailList: trails.map(toTrailShape) };
};

export const getTrail: OperationHandler = (ctx, input) => ({
  Trail: toTrailShape(resolveTrail(ctx, inputString(input, "Name")!, "read")),
});

/** Every trail of the account, whatever its home region; shadows are not listed twice. */
export const listTrails: OperationHandler = (ctx) => ({
  Trails: listAllTrails(ctx.db).map((t) => ({
    TrailARN: trailArn(t),
    Name: t.name,
    HomeRegion: t.homeRegion,
  })),
});
