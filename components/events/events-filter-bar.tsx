"use client";

import { useId } from "react";

import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { EventsView } from "@/lib/view/events-view";
import {
  TIME_RANGE_PRESET_KEYS,
  TIME_RANGE_PRESETS,
  type TimeRangePreset,
} from "@/lib/view/time-range";

import { LookupFilterForm } from "./lookup-filter-form";

const CUSTOM_RANGE = "custom";

interface EventsFilterBarProps {
  view: EventsView;
  regions: string[];
  onViewChange: (patch: Partial<EventsView>) => void;
}

/** Region, one lookup-attribute filter and the time range: what LookupEvents can be asked. */
export function EventsFilterBar({ view, regions, onViewChange }: EventsFilterBarProps) {
  const regionId = useId();
  const rangeId = useId();
  const customRange = !!(view.from || view.to);

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <Label htmlFor={regionId}>Region</Label>
        <Select
          id={regionId}
          value={view.region ?? regions[0]}
          onChange={(event) => onViewChange({ region: event.target.value })}
        >
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </Select>
      </div>

      <LookupFilterForm
        attr={view.attr}
        value={view.value}
        onApply={(filter) =>
          onViewChange({ attr: filter?.attr ?? null, value: filter?.value ?? null })
        }
      />

      <div className="flex flex-col gap-1 sm:ml-auto">
        <Label htmlFor={rangeId}>Time range</Label>
        <Select
          id={rangeId}
          value={customRange ? CUSTOM_RANGE : view.range}
          onChange={(event) =>
            onViewChange({ range: event.target.value as TimeRangePreset, from: null, to: null })
          }
        >
          {customRange && (
            // Absolute bounds come only from a link; choosing a preset replaces them.
            <option value={CUSTOM_RANGE} disabled>
              Custom (from the link)
            </option>
          )}
          {TIME_RANGE_PRESET_KEYS.map((key) => (
            <option key={key} value={key}>
              {TIME_RANGE_PRESETS[key].label}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
