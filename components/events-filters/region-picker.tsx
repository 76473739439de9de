"use client";

import { ChevronDown } from "lucide-react";
import { useId } from "react";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { selectedRegions, type RegionSelection } from "@/lib/view/regions";

import { regionSummary, toggleRegion } from "./region-selection";

interface RegionPickerProps {
  /** The view's selection; null means the dashboard's first region. */
  selection: RegionSelection | null;
  /** The dashboard's regions. */
  regions: readonly string[];
  onSelectionChange: (selection: RegionSelection) => void;
}

/**
 * The regions to search. "All regions" is its own choice: it follows the dashboard's
 * configured regions, where ticking each one is a fixed list.
 */
export function RegionPicker({ selection, regions, onSelectionChange }: RegionPickerProps) {
  const current: RegionSelection = selection ?? [regions[0]];
  const chosen = selectedRegions(current, regions);
  const all = current === "all";
  const idPrefix = useId();
  const hintId = useId();

  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" className="gap-1.5 px-3">
          <span className="text-muted-foreground">Regions</span>
          <span>{regionSummary(current, regions)}</span>
          <ChevronDown aria-hidden className="size-3.5 text-muted-foreground" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-60 p-2">
        <fieldset aria-describedby={hintId}>
          <legend className="sr-only">Regions to search</legend>
          <RegionOption
            id={`${idPrefix}-all`}
            label="All regions"
            checked={all}
            // Unticking "all" falls back to the first region: at least one must remain.
            onCheckedChange={(checked) => onSelectionChange(checked ? "all" : [regions[0]])}
          />
          <div className="my-1 border-t border-border" />
          {regions.map((region, index) => {
            const checked = chosen.includes(region);
            const last = checked && chosen.length === 1;
            return (
              <RegionOption
                key={region}
                id={`${idPrefix}-${index}`}
                label={region}
                mono
                checked={checked}
                disabled={last}
                onCheckedChange={(next) => {
                  const updated = toggleRegion(current, regions, region, next);
                  if (updated) onSelectionChange(updated);
                }}
              />
            );
          })}
          <p id={hintId} className="px-2 pt-1.5 text-xs text-muted-foreground">
            At least one region stays selected.
          </p>
        </fieldset>
      </PopoverContent>
    </Popover>
  );
}

interface RegionOptionProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  mono?: boolean;
  onCheckedChange: (checked: boolean) => void;
}

function RegionOption({ id, label, checked, disabled, mono, onCheckedChange }: RegionOptionProps) {
  return (
    <div className="flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-muted">
      <Checkbox
        id={id}
        checked={checked}
        disabled={disabled}
        onCheckedChange={(next) => onCheckedChange(next === true)}
      />
      <label htmlFor={id} className={mono ? "flex-1 font-mono text-xs" : "flex-1 text-sm"}>
        {label}
      </label>
    </div>
  );
}
