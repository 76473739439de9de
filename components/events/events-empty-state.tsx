import { Button } from "@/components/ui/button";
import { describeView } from "@/lib/format/describe-view";
import type { EventsView } from "@/lib/view/events-view";
import { TIME_RANGE_PRESET_KEYS, TIME_RANGE_PRESETS } from "@/lib/view/time-range";

interface EventsEmptyStateProps {
  view: EventsView;
  regions: string[];
  onViewChange: (patch: Partial<EventsView>) => void;
}

/** No events for the view: say exactly what was searched, and offer the next wider range. */
export function EventsEmptyState({ view, regions, onViewChange }: EventsEmptyStateProps) {
  const wider =
    view.from || view.to
      ? undefined
      : TIME_RANGE_PRESET_KEYS[TIME_RANGE_PRESET_KEYS.indexOf(view.range) + 1];
  const filtered = view.f.length > 0 || view.failures || view.flagged !== null;

  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-6 py-12 text-center">
      <p className="font-medium">No events {describeView(view, regions)}</p>
      <p className="text-sm text-muted-foreground">
        Widen the time range{filtered ? ", remove a condition" : ""} or add regions.
      </p>
      {wider && (
        <Button
          variant="outline"
          size="sm"
          className="mt-2"
          onClick={() => onViewChange({ range: wider, from: null, to: null })}
        >
          Show the {TIME_RANGE_PRESETS[wider].label.toLowerCase()}
        </Button>
      )}
    </div>
  );
}
