import type { ReactNode } from "react";

import type { TrailEvent } from "@/lib/events/trail-event";

import { ColumnChooser } from "./column-chooser";
import { ExportMenu } from "./export-menu";

interface ResultsToolbarProps {
  events: TrailEvent[];
  columns: string[];
  onColumnsChange: (columns: string[]) => void;
  /** The Compare link, which the page owns with the selection. */
  compareSlot?: ReactNode;
}

/** The actions above the results table: columns, export, compare. */
export function ResultsToolbar({
  events,
  columns,
  onColumnsChange,
  compareSlot,
}: ResultsToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ColumnChooser events={events} columns={columns} onColumnsChange={onColumnsChange} />
      <ExportMenu events={events} columns={columns} />
      {compareSlot && <div className="ml-auto flex items-center gap-2">{compareSlot}</div>}
    </div>
  );
}
