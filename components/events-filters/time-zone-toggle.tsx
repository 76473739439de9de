"use client";

import { useId } from "react";

import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { TIME_ZONES, type TimeZoneChoice } from "@/lib/view/events-view";

const LABELS: Record<TimeZoneChoice, string> = { utc: "UTC", local: "Local" };

interface TimeZoneToggleProps {
  value: TimeZoneChoice;
  onValueChange: (value: TimeZoneChoice) => void;
}

/** Whether times are shown on CloudTrail's clock (UTC) or the browser's. */
export function TimeZoneToggle({ value, onValueChange }: TimeZoneToggleProps) {
  const labelId = useId();
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-xs font-medium text-muted-foreground">
        Times in
      </span>
      <ToggleGroup
        type="single"
        value={value}
        aria-labelledby={labelId}
        onValueChange={(next) => {
          // Radix lets the pressed item be unpressed, leaving none; one zone must stay chosen.
          const zone = TIME_ZONES.find((z) => z === next);
          if (zone) onValueChange(zone);
        }}
      >
        {TIME_ZONES.map((zone) => (
          <ToggleGroupItem key={zone} value={zone}>
            {LABELS[zone]}
          </ToggleGroupItem>
        ))}
      </ToggleGroup>
    </div>
  );
}
