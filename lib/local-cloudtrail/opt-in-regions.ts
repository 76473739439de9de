import "server-only";

import { ServiceError } from "./protocol/service-error";

/**
 * Regions an AWS account must opt in to before it can use them. The demo account has not
 * enabled any, so, as on AWS, a call signed for one of them is refused as if the
 * credentials were unknown there.
 */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  "af-south-1",
  "ap-east-1",
  "ap-east-2",
  "ap-south-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-6",
  "ap-southeast-7",
  "ca-west-1",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "mx-central-1",
]);

/** `inUse` says whether the account evidently uses the region (its events were imported). */
export function assertRegionEnabled(region: string, inUse: () => boolean): void {
  if (OPT_IN_REGIONS.has(region) && !inUse()) {
    throw new ServiceError(
      "UnrecognizedClientException",
      "The security token included in the request is invalid.",
    );
  }
}
