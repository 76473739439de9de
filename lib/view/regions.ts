export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/** The regions a view asks for: "all" of the dashboard's, or a list. */
export type RegionSelection = "all" | string[];

/** The regions a selection names, among the dashboard's, in the dashboard's order. */
export function selectedRegions(selection: RegionSelection, regions: readonly string[]): string[] {
  if (selection === "all") return [...regions];
  return regions.filter((region) => selection.includes(region));
}
