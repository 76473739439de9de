import "server-only";

import { z } from "zod";

import { DEMO_ACCESS_KEY, localAccessKeysSchema } from "@/lib/local-cloudtrail/access-keys";
import { DEMO_REGIONS } from "@/lib/local-cloudtrail/seed";

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

const schema = z
  .object({
    TRAILSCOPE_MODE: z.enum(["local", "aws"]).default("local"),
    TRAILSCOPE_REGIONS: z
      .string()
      .optional()
      .transform((value) =>
        value
          ?.split(",")
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(REGION, "must be region names such as us-east-1"))
          .min(1, "must name at least one region")
          .optional(),
      ),
    TRAILSCOPE_DATA_PATH: z.string().min(1).default(".data/local-cloudtrail.sqlite"),
    TRAILSCOPE_LOCAL_ACCESS_KEYS: localAccessKeysSchema.optional(),
    AWS_REGION: z.string().regex(REGION).optional(),
  })
  .transform((env) => ({
    mode: env.TRAILSCOPE_MODE,
    regions:
      env.TRAILSCOPE_REGIONS ??
      (env.TRAILSCOPE_MODE === "local" ? [...DEMO_REGIONS] : [env.AWS_REGION ?? "us-east-1"]),
    dataPath: env.TRAILSCOPE_DATA_PATH,
    localAccessKeys:
      env.TRAILSCOPE_MODE === "local"
        ? (env.TRAILSCOPE_LOCAL_ACCESS_KEYS ?? [DEMO_ACCESS_KEY])
        : [],
  }));

export type Env = z.output<typeof schema>;

let cached: Env | undefined;

/** Trailscope's settings, read from the environment and checked once. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`Trailscope's environment is invalid: ${problems}`);
  }
  cached = result.data;
  return cached;
}
