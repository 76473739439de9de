"use client";

import { useId, useRef, useState, type FormEvent } from "react";

import { useHistoryDays } from "@/components/history-window";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Popover, PopoverAnchor, PopoverContent } from "@/components/ui/popover";
import { Select } from "@/components/ui/select";
import { formatTime } from "@/lib/format/format-time";
import type { EventsView, TimeZoneChoice } from "@/lib/view/events-view";
import {
  TIME_RANGE_PRESET_KEYS,
  TIME_RANGE_PRESETS,
  resolveTimeRange,
  type TimeRangePreset,
} from "@/lib/view/time-range";

import { checkCustomRange, toDateTimeLocal } from "./custom-range";
import { useIsClient } from "@/components/use-is-client";

const CUSTOM = "custom";

interface TimeRangePickerProps {
  view: Pick<EventsView, "range" | "from" | "to" | "tz">;
  /** The window the current results were scanned for, to start a custom range from. */
  resolvedRange: { start: number; end: number } | null;
  onViewChange: (patch: Partial<EventsView>) => void;
}

/** A relative preset, or an absolute range entered in the chosen time zone. */
export function TimeRangePicker({ view, resolvedRange, onViewChange }: TimeRangePickerProps) {
  const [customOpen, setCustomOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = useId();
  const custom = view.from !== null || view.to !== null;

  return (
    <Popover open={customOpen} onOpenChange={setCustomOpen}>
      <div className="flex flex-col gap-1">
        <Label htmlFor={selectId}>Time range</Label>
        <PopoverAnchor asChild>
          <div className="flex flex-wrap items-center gap-1">
            <Select
              ref={selectRef}
              id={selectId}
              value={custom ? CUSTOM : view.range}
              onChange={(event) => {
                const choice = event.target.value;
                if (choice === CUSTOM) setCustomOpen(true);
                else onViewChange({ range: choice as TimeRangePreset, from: null, to: null });
              }}
              className="w-44"
            >
              {TIME_RANGE_PRESET_KEYS.map((key) => (
                <option key={key} value={key}>
                  {TIME_RANGE_PRESETS[key].label}
                </option>
              ))}
              <option value={CUSTOM}>{custom ? "Custom range" : "Custom…"}</option>
            </Select>
            {custom && (
              <>
                <Button
                  variant="outline"
                  onClick={() => setCustomOpen(true)}
                  className="px-2.5 font-normal tabular-nums"
                >
                  <span className="sr-only">Edit custom range: </span>
                  <CustomRangeText view={view} />
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => onViewChange({ from: null, to: null })}
                  title={`Back to the ${TIME_RANGE_PRESETS[view.range].label.toLowerCase()}`}
                >
                  Back to presets
                </Button>
              </>
            )}
          </div>
        </PopoverAnchor>
      </div>
      <PopoverContent
        className="w-80"
        aria-label="Custom time range"
        // The popover has no trigger of its own (the select opens it): give the focus back to it.
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          selectRef.current?.focus();
        }}
      >
        <CustomRangeForm
          view={view}
          resolvedRange={resolvedRange}
          onApply={(start, end) => {
            onViewChange({ from: new Date(start), to: new Date(end) });
            setCustomOpen(false);
          }}
          onCancel={() => setCustomOpen(false)}
        />
      </PopoverContent>
    </Popover>
  );
}

function CustomRangeText({ view }: { view: Pick<EventsView, "from" | "to" | "tz" | "range"> }) {
  const isClient = useIsClient();
  // Local times exist only in the browser; the server renders the frame without them.
  if (view.tz === "local" && !isClient) return <span>Custom range</span>;
  const show = (date: Date | null) =>
    date ? formatTime(date.toISOString(), view.tz).slice(0, 16) : "now";
  return (
    <span>
      {show(view.from)} – {show(view.to)}
      {view.tz === "utc" && <span className="text-muted-foreground"> UTC</span>}
    </span>
  );
}

interface CustomRangeFormProps {
  view: Pick<EventsView, "range" | "from" | "to" | "tz">;
  resolvedRange: { start: number; end: number } | null;
  onApply: (start: number, end: number) => void;
  onCancel: () => void;
}

function CustomRangeForm({ view, resolvedRange, onApply, onCancel }: CustomRangeFormProps) {
  const tz: TimeZoneChoice = view.tz;
  // The clock the checks use: read when the form opens and again on Apply, not on every render.
  const [now, setNow] = useState(() => Date.now());
  const [initial] = useState(() =>
    view.from || view.to || !resolvedRange ? resolveTimeRange(view, now) : resolvedRange,
  );
  const [fromText, setFromText] = useState(() => toDateTimeLocal(initial.start, tz));
  const [toText, setToText] = useState(() => toDateTimeLocal(initial.end, tz));
  const [submitted, setSubmitted] = useState(false);
  const fromId = useId();
  const toId = useId();
  const fromErrorId = useId();
  const toErrorId = useId();
  const warningId = useId();

  const historyDays = useHistoryDays();
  const check = checkCustomRange(fromText, toText, tz, now, historyDays);
  const fromError = submitted ? check.fromError : null;
  const toError = submitted ? check.toError : null;
  const describe = (errorId: string | null) =>
    [errorId, check.warning ? warningId : null].filter(Boolean).join(" ") || undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = Date.now();
    const result = checkCustomRange(fromText, toText, tz, at, historyDays);
    setNow(at);
    setSubmitted(true);
    if (result.start === null || result.end === null || result.fromError || result.toError) return;
    onApply(result.start, result.end);
  };

  const zoneName = tz === "utc" ? "UTC" : "local time";

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <p className="text-sm font-medium">
        Custom range <span className="font-normal text-muted-foreground">({zoneName})</span>
      </p>
      <div className="flex flex-col gap-1">
        <Label htmlFor={fromId}>From</Label>
        <Input
          id={fromId}
          type="datetime-local"
          value={fromText}
          onChange={(event) => setFromText(event.target.value)}
          aria-invalid={fromError ? true : undefined}
          aria-describedby={describe(fromError ? fromErrorId : null)}
        />
        {fromError && (
          <p id={fromErrorId} className="text-xs text-destructive">
            {fromError}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={toId}>To</Label>
        <Input
          id={toId}
          type="datetime-local"
          value={toText}
          onChange={(event) => setToText(event.target.value)}
          aria-invalid={toError ? true : undefined}
          aria-describedby={describe(toError ? toErrorId : null)}
        />
        {toError && (
          <p id={toErrorId} className="text-xs text-destructive">
            {toError}
          </p>
        )}
      </div>
      {check.warning && (
        <p id={warningId} className="rounded-md bg-warning/10 px-2 py-1.5 text-xs">
          {check.warning}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm">
          Apply
        </Button>
      </div>
    </form>
  );
}
