"use client";

import { useState } from "react";

import { formatConditionParam, type Condition } from "@/lib/events/conditions";
import type { TrailEvent } from "@/lib/events/trail-event";
import type { EventsView } from "@/lib/view/events-view";

import { ConditionChips } from "./condition-chips";
import { ConditionEditor } from "./condition-editor";
import { CopyLinkButton } from "./copy-link-button";
import { RegionPicker } from "./region-picker";
import { TimeRangePicker } from "./time-range-picker";
import { TimeZoneToggle } from "./time-zone-toggle";

interface EventsFilterBarProps {
  /** The effective view (see effectiveEventsView). */
  view: EventsView;
  /** The dashboard's regions. */
  regions: string[];
  /** Events loaded so far, for value suggestions with counts. */
  events: TrailEvent[];
  /** The absolute window the current results were scanned for; null before a scan starts. */
  resolvedRange: { start: number; end: number } | null;
  onViewChange: (patch: Partial<EventsView>) => void;
}

/** What the Events page lists: conditions, failures only, regions and time; and sharing it. */
export function EventsFilterBar({
  view,
  regions,
  events,
  resolvedRange,
  onViewChange,
}: EventsFilterBarProps) {
  const [editing, setEditing] = useState<number | null>(null);
  // Once the editor has been used through the chips, a fresh editor takes the focus.
  const [editorInUse, setEditorInUse] = useState(false);
  const conditions = view.f;
  // The URL can change under an edit (back button): an index past the end edits nothing.
  const editingIndex = editing !== null && editing < conditions.length ? editing : null;
  const editingCondition = editingIndex === null ? null : conditions[editingIndex];

  const setConditions = (next: Condition[]) => {
    setEditing(null);
    onViewChange({ f: next });
  };

  const remove = (index: number) => {
    if (editingIndex !== null) {
      if (index === editingIndex) setEditing(null);
      else if (index < editingIndex) setEditing(editingIndex - 1);
    }
    onViewChange({ f: conditions.filter((_, i) => i !== index) });
  };

  return (
    <section
      aria-label="Filters"
      className="flex flex-col gap-3 rounded-lg border border-border bg-background p-3"
    >
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <ConditionEditor
          key={
            editingCondition
              ? `edit:${editingIndex}:${formatConditionParam(editingCondition)}`
              : "add"
          }
          conditions={conditions}
          events={events}
          editingIndex={editingIndex}
          autoFocus={editorInUse}
          onConditionsChange={setConditions}
          onCancelEdit={() => setEditing(null)}
        />
        <div className="flex flex-wrap items-end gap-2 xl:ml-auto">
          <RegionPicker
            selection={view.regions}
            regions={regions}
            onSelectionChange={(selection) => onViewChange({ regions: selection })}
          />
          <TimeRangePicker view={view} resolvedRange={resolvedRange} onViewChange={onViewChange} />
          <TimeZoneToggle value={view.tz} onValueChange={(tz) => onViewChange({ tz })} />
          <CopyLinkButton view={view} resolvedRange={resolvedRange} />
        </div>
      </div>
      <ConditionChips
        conditions={conditions}
        failuresOnly={view.failures}
        flagged={view.flagged}
        editingIndex={editingIndex}
        onEdit={(index) => {
          setEditorInUse(true);
          setEditing(index);
        }}
        onRemove={remove}
        onFailuresOnlyChange={(failures) => onViewChange({ failures })}
        onFlaggedChange={(flagged) => onViewChange({ flagged })}
        onClearAll={() => {
          setEditing(null);
          onViewChange({ f: [], failures: false, flagged: null });
        }}
      />
    </section>
  );
}
