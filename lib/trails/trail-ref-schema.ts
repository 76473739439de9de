import { z } from "zod";

import { REGION_PATTERN } from "@/lib/view/regions";

import { trailNameProblem } from "./trail-rules";

/** How an action names a trail: its home region and its name, checked before CloudTrail is asked. */
export const trailRefShape = {
  /** The trail's home region. */
  region: z.string().regex(REGION_PATTERN, "The region is not a region name such as us-east-1."),
  name: z
    .string()
    .refine((name) => trailNameProblem(name) === undefined, "The trail name is not valid."),
};

export const trailRefSchema = z.object(trailRefShape);

export type TrailRef = z.infer<typeof trailRefSchema>;

/** What is wrong with a trail's address as a link or a query gives it, in words; empty if nothing. */
export function trailRefProblems(region: string, name: string): string[] {
  const problems: string[] = [];
  if (!REGION_PATTERN.test(region)) {
    problems.push(`“${region}” is not a region name such as us-east-1.`);
  }
  const nameProblem = trailNameProblem(name);
  if (nameProblem) problems.push(`“${name}” is not a trail name: it ${nameProblem}.`);
  return problems;
}
