import "server-only";

import { z } from "zod";

import { DEMO_ACCESS_KEY, localAccessKeysSchema } from "@/lib/local-cloudtrail/access-keys";
import { DEMO_REGIONS } from "@/lib/local-cloudtrail/seed";

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

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
    TRAILSCOPE_LOCAL_LIMITS: z
      .enum(["aws", "none"], { error: "must be aws (CloudTrail's limits) or none" })
      .default("aws"),
    AWS_REGION: z.string().regex(REGION).optional(),
    TRAILSCOPE_APP_DATA_PATH: z.string().min(1).default(".data/trailscope.sqlite"),
    TRAILSCOPE_PUBLIC_URL: z
      .url({
        protocol: /^https?$/,
        error: "must be the dashboard's address, such as https://trailscope.example.com",
      })
      .optional(),
    TRAILSCOPE_SESSION_HOURS: z.coerce.number().min(0.25).max(168).default(8),
    TRAILSCOPE_USERS: z.string().optional(),
    TRAILSCOPE_OIDC_ISSUER: z.url({ error: "must be the issuer's URL" }).optional(),
    TRAILSCOPE_OIDC_CLIENT_ID: z.string().min(1).optional(),
    TRAILSCOPE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    TRAILSCOPE_OIDC_NAME: z.string().min(1).max(60).default("single sign-on"),
    TRAILSCOPE_OIDC_SCOPES: z.string().min(1).default("openid profile email groups"),
    TRAILSCOPE_OIDC_ROLE_CLAIM: z.string().min(1).default("groups"),
    TRAILSCOPE_OIDC_ADMIN_VALUES: commaList,
    TRAILSCOPE_OIDC_VIEWER_VALUES: commaList,
    TRAILSCOPE_OIDC_ALLOW_HTTP: flag,
    TRAILSCOPE_CHANGE_ROLE_ARN: z
      .string()
      .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, "must be an IAM role ARN")
      .optional(),
  })
  .refine((env) => !env.TRAILSCOPE_OIDC_ISSUER || env.TRAILSCOPE_OIDC_CLIENT_ID, {
    path: ["TRAILSCOPE_OIDC_CLIENT_ID"],
    message: "is needed with TRAILSCOPE_OIDC_ISSUER",
  })
  .refine(
    (env) => env.TRAILSCOPE_MODE === "local" || env.TRAILSCOPE_USERS || env.TRAILSCOPE_OIDC_ISSUER,
    {
      path: ["TRAILSCOPE_USERS"],
      message:
        "or TRAILSCOPE_OIDC_ISSUER must be set in aws mode: nobody could sign in (the demo logins exist in local mode only)",
    },
  )
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
    // AWS's 90-day window and 2 lookups a second, or none of them: an imported archive is
    // older than 90 days, and need not be read at CloudTrail's pace.
    localLimits: env.TRAILSCOPE_MODE === "local" ? env.TRAILSCOPE_LOCAL_LIMITS : "aws",
    appDataPath: env.TRAILSCOPE_APP_DATA_PATH,
    publicUrl: env.TRAILSCOPE_PUBLIC_URL,
    sessionHours: env.TRAILSCOPE_SESSION_HOURS,
    users: env.TRAILSCOPE_USERS,
    oidc: env.TRAILSCOPE_OIDC_ISSUER
      ? {
          issuer: env.TRAILSCOPE_OIDC_ISSUER,
          clientId: env.TRAILSCOPE_OIDC_CLIENT_ID ?? "",
          clientSecret: env.TRAILSCOPE_OIDC_CLIENT_SECRET,
          name: env.TRAILSCOPE_OIDC_NAME,
          scopes: env.TRAILSCOPE_OIDC_SCOPES,
          roleClaim: env.TRAILSCOPE_OIDC_ROLE_CLAIM,
          adminValues: env.TRAILSCOPE_OIDC_ADMIN_VALUES.length
            ? env.TRAILSCOPE_OIDC_ADMIN_VALUES
            : ["trailscope-admin"],
          viewerValues: env.TRAILSCOPE_OIDC_VIEWER_VALUES,
          allowHttp: env.TRAILSCOPE_OIDC_ALLOW_HTTP,
        }
      : undefined,
    changeRoleArn: env.TRAILSCOPE_CHANGE_ROLE_ARN,
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
