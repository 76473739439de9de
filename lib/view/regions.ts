/**
 * A region name: AWS's (us-east-1, us-gov-west-1, us-isob-east-1), and names shaped like
 * them, which imported archives hold (anonymised ones invent regions like
 * apiso-northsouth-3r). Which regions a view may name is the dashboard's list; this only
 * keeps what reaches an address or a request well-formed.
 */
export const REGION_PATTERN = /^[a-z]{2,8}(?:-[a-z0-9]{1,16}){2,3}$/;

/** The regions a view asks for: "all" of the dashboard's, or a list. */
export type RegionSelection = "all" | string[];

/** The regions a selection names, among the dashboard's, in the dashboard's order. */
export function selectedRegions(selection: RegionSelection, regions: readonly string[]): string[] {
  if (selection === "all") return [...regions];
  return regions.filter((region) => selection.includes(region));
}
