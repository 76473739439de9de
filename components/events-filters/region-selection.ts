import { selectedRegions, type RegionSelection } from "@/lib/view/regions";

/** "All regions", "us-east-1" or "3 regions": the selection in a few words. */
export function regionSummary(selection: RegionSelection, regions: readonly string[]): string {
  if (selection === "all") return "All regions";
  const chosen = selectedRegions(selection, regions);
  return chosen.length === 1 ? chosen[0] : `${chosen.length} regions`;
}

/**
 * The selection after ticking or unticking one region. Unticking one while "all" is chosen
 * leaves the others as an explicit list; the last region left cannot be unticked (null).
 * Ticking every region one by one stays a list: "all" follows the dashboard's regions, a list does not.
 */
export function toggleRegion(
  selection: RegionSelection,
  regions: readonly string[],
  region: string,
  checked: boolean,
): RegionSelection | null {
  const chosen = new Set(selectedRegions(selection, regions));
  if (checked) chosen.add(region);
  else chosen.delete(region);
  if (chosen.size === 0) return null;
  return regions.filter((r) => chosen.has(r));
}
