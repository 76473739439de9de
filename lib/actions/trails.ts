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
import { authorize } from "./authorize";
import { cloudTrailFailure } from "./cloudtrail-failure";
import { invalidInput } from "./invalid-input";
import { withTrail } from "./with-trail";

/**
 * The changes an admin makes to trails. Each validates its input with the forms' own
 * schema, then makes the change through withTrail() (authorize, re-read the trail, change
 * it in its home region), or for a new trail authorizes itself. Nothing here throws to the
 * client.
 */

export async function createTrailAction(input: unknown): Promise<ActionResult<CreatedTrail>> {
  const parsed = createTrailSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const allowed = await authorize("trails:change");
  if (!allowed.ok) return allowed;
  if (!getDashboardConfig().regions.includes(parsed.data.region)) {
    return invalidRegion(parsed.data.region);
  }
  try {
    return { ok: true, data: await createTrail(parsed.data) };
  } catch (error) {
    return cloudTrailFailure(error);
  }
}

export async function updateTrailAction(input: unknown): Promise<ActionResult<TrailChange[]>> {
  const parsed = updateTrailSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withTrail(parsed.data, (trail) => updateTrail(trail, parsed.data));
}

export async function deleteTrailAction(
  input: TrailRef & { confirmation: string },
): Promise<ActionResult<TrailChange>> {
  const parsed = trailRefSchema.extend({ confirmation: z.string() }).safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  if (parsed.data.confirmation !== parsed.data.name) {
    return {
      ok: false,
      error: "Type the trail's name exactly to confirm.",
      fieldErrors: { confirmation: `Type ${parsed.data.name} to confirm.` },
    };
  }
  return withTrail(parsed.data, deleteTrail);
}

export async function startLoggingAction(input: TrailRef): Promise<ActionResult<TrailChange>> {
  const parsed = trailRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withTrail(parsed.data, startLogging);
}

export async function stopLoggingAction(input: TrailRef): Promise<ActionResult<TrailChange>> {
  const parsed = trailRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return withTrail(parsed.data, stopLogging);
}

function invalidRegion(region: string): ActionResult<never> {
  const message = `${region} is not one of this dashboard's regions.`;
  return { ok: false, error: message, fieldErrors: { region: message } };
}
