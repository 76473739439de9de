import "server-only";

import { deleteTrail as removeTrail } from "../store/trails-repo";
import type { OperationHandler } from "./context";
import { inputString } from "./input";
import { resolveTrail } from "./resolve-trail";

export const deleteTrail: OperationHandler = (ctx, input) => {
  const trail = resolveTrail(ctx, inputString(input, "Name")!, "write");
  removeTrail(ctx.db, trail);
  return {};
};
