"use server";

import { z } from "zod";

import {
  createTrail,
  deleteTrail,
  startLogging,
  stopLogging,
  updateTrail,
  type CreatedTrail,
} from "@/lib/cloudtrail/change-trail";
import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import type { TrailChange } from "@/lib/trails/trail-change";
import { createTrailSchema, updateTrailSchema } from "@/lib/trails/trail-form";
import { trailRefSchema, type TrailRef } from "@/lib/trails/trail-ref-schema";

import type { ActionResult } from "./action-result";
import { auditedChange } from "./audited-change";
import { authorize } from "./authorize";
import { invalidInput } from "./invalid-input";
import { withTrail } from "./with-trail";

/**
 * The changes an admin makes to trails. Each first asks authorize() (origin, sign-in, role),
 * then validates its input with the forms' own schema, then makes the change through
 * withTrail() (re-read the trail, change it in its home region, audit it), or for a new
 * trail through auditedChange(). Refusals answer 401/403; nothing else throws to the client.
 */

export async function createTrailAction(input: unknown): Promise<ActionResult<CreatedTrail>> {
  const user = await authorize("trails:change", { action: "CreateTrail", input });
  const parsed = createTrailSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const values = parsed.data;
  if (!getDashboardConfig().regions.includes(values.region)) return invalidRegion(values.region);
  let arn: string | undefined;
  return auditedChange(
    {
      user,
      action: "CreateTrail",
      trail: () => ({ region: values.region, name: values.name, arn }),
    },
    async () => {
      const created = await createTrail(values);
      arn = created.arn;
      return { ok: true, data: created };
    },
  );
}

export async function updateTrailAction(input: unknown): Promise<ActionResult<TrailChange[]>> {
  const user = await authorize("trails:change", { action: "UpdateTrail", input });
  const parsed = updateTrailSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withTrail(user, "UpdateTrail", parsed.data, (trail) => updateTrail(trail, parsed.data));
}

export async function deleteTrailAction(
  input: TrailRef & { confirmation: string },
): Promise<ActionResult<TrailChange>> {
  const user = await authorize("trails:change", { action: "DeleteTrail", input });
  const parsed = trailRefSchema.extend({ confirmation: z.string().max(256) }).safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  if (parsed.data.confirmation !== parsed.data.name) {
    return {
      ok: false,
      error: "Type the trail's name exactly to confirm.",
      fieldErrors: { confirmation: `Type ${parsed.data.name} to confirm.` },
    };
  }
  return withTrail(user, "DeleteTrail", parsed.data, deleteTrail);
}

export async function startLoggingAction(input: TrailRef): Promise<ActionResult<TrailChange>> {
  const user = await authorize("trails:change", { action: "StartLogging", input });
  const parsed = trailRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withTrail(user, "StartLogging", parsed.data, startLogging);
}

export async function stopLoggingAction(input: TrailRef): Promise<ActionResult<TrailChange>> {
  const user = await authorize("trails:change", { action: "StopLogging", input });
  const parsed = trailRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withTrail(user, "StopLogging", parsed.data, stopLogging);
}

function invalidRegion(region: string): ActionResult<never> {
  const message = `${region} is not one of this dashboard's regions.`;
  return { ok: false, error: message, fieldErrors: { region: message } };
}
