"use client";

import { ChevronDown, ChevronUp, Columns3 } from "lucide-react";
import { useId, useMemo, useState, type FormEvent, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { TrailEvent } from "@/lib/events/trail-event";
import {
  BUILTIN_COLUMN_IDS,
  DEFAULT_COLUMNS,
  columnLabel,
  isBuiltinColumn,
} from "@/lib/view/columns";

import { moveColumn } from "./column-order";
import { fieldPathProblem } from "./field-path-problem";
import { recordPathSuggestions } from "./record-path-suggestions";

interface ColumnChooserProps {
  /** The loaded events, whose records suggest field paths. */
  events: TrailEvent[];
  columns: string[];
  onColumnsChange: (columns: string[]) => void;
}

const SHOWN_SUGGESTIONS = 8;

/** The "Columns" button: show, hide and order the built-in columns, and add any record field. */
export function ColumnChooser({ events, columns, onColumnsChange }: ColumnChooserProps) {
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm">
          <Columns3 aria-hidden className="size-3.5" />
          Columns
        </Button>
      </PopoverTrigger>
      <PopoverContent aria-label="Choose columns" className="w-96">
        {/* Mounted only while open, so the suggestions are read from the events only then. */}
        <ColumnChooserPanel events={events} columns={columns} onColumnsChange={onColumnsChange} />
      </PopoverContent>
    </Popover>
  );
}

function ColumnChooserPanel({ events, columns, onColumnsChange }: ColumnChooserProps) {
  const hidden = BUILTIN_COLUMN_IDS.filter((id) => !columns.includes(id));
  const isDefault = columns.join(",") === DEFAULT_COLUMNS.join(",");

  const remove = (id: string) => onColumnsChange(columns.filter((c) => c !== id));
  const add = (id: string) => onColumnsChange([...columns, id]);

  return (
    <div className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-0.5">
        <legend className="mb-1 text-xs font-medium text-muted-foreground">
          Columns, in order
        </legend>
        {columns.map((id, index) => (
          <ColumnItem
            key={id}
            id={id}
            checkbox={
              <input
                type="checkbox"
                checked
                // The table needs a column; an empty list would fall back to the defaults anyway.
                disabled={columns.length <= 1}
                onChange={() => remove(id)}
                className="size-4 accent-primary"
              />
            }
          >
            <MoveButton
              direction="up"
              label={columnLabel(id)}
              disabled={index === 0}
              onClick={() => onColumnsChange(moveColumn(columns, index, index - 1))}
            />
            <MoveButton
              direction="down"
              label={columnLabel(id)}
              disabled={index === columns.length - 1}
              onClick={() => onColumnsChange(moveColumn(columns, index, index + 1))}
            />
          </ColumnItem>
        ))}
        {hidden.map((id) => (
          <ColumnItem
            key={id}
            id={id}
            muted
            checkbox={
              <input
                type="checkbox"
                checked={false}
                onChange={() => add(id)}
                className="size-4 accent-primary"
              />
            }
          />
        ))}
      </fieldset>

      <AddFieldPath events={events} columns={columns} onAdd={add} />

      <div className="flex justify-end border-t border-border pt-3">
        <Button
          variant="ghost"
          size="sm"
          disabled={isDefault}
          onClick={() => onColumnsChange([...DEFAULT_COLUMNS])}
        >
          Reset columns
        </Button>
      </div>
    </div>
  );
}

/** One line of the list: a checkbox labelled by the column's name, then any buttons. */
function ColumnItem({
  id,
  muted = false,
  checkbox,
  children,
}: {
  id: string;
  muted?: boolean;
  checkbox: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="flex items-center gap-1 rounded-md px-1 hover:bg-muted/60">
      <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2 py-1">
        {checkbox}
        <span
          className={cn(
            "truncate",
            !isBuiltinColumn(id) && "font-mono text-xs",
            muted && "text-muted-foreground",
          )}
        >
          {columnLabel(id)}
        </span>
      </label>
      {children}
    </div>
  );
}

function MoveButton({
  direction,
  label,
  disabled,
  onClick,
}: {
  direction: "up" | "down";
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <Button
      variant="ghost"
      size="icon"
      className="size-7"
      aria-label={`Move ${label} ${direction}`}
      disabled={disabled}
      onClick={onClick}
    >
      {direction === "up" ? (
        <ChevronUp aria-hidden className="size-3.5" />
      ) : (
        <ChevronDown aria-hidden className="size-3.5" />
      )}
    </Button>
  );
}

function AddFieldPath({
  events,
  columns,
  onAdd,
}: {
  events: TrailEvent[];
  columns: string[];
  onAdd: (id: string) => void;
}) {
  const [path, setPath] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const listId = useId();

  const suggestions = useMemo(
    () => recordPathSuggestions(events, { exclude: columns }),
    [events, columns],
  );

  const submit = (form: FormEvent<HTMLFormElement>) => {
    form.preventDefault();
    const trimmed = path.trim();
    const found = fieldPathProblem(trimmed, columns);
    setProblem(found);
    if (found) return;
    onAdd(trimmed);
    setPath("");
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-1.5 border-t border-border pt-3"
    >
      <Label htmlFor={inputId}>Add a field path</Label>
      <div className="flex gap-2">
        <Input
          id={inputId}
          value={path}
          onChange={(change) => {
            setPath(change.target.value);
            setProblem(null);
          }}
          list={listId}
          placeholder="requestParameters.bucketName"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : hintId}
          className="h-8 font-mono text-xs"
        />
        <Button type="submit" variant="outline" size="sm">
          Add
        </Button>
      </div>
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {problem ? (
        <p id={errorId} className="text-xs text-destructive">
          {problem}
        </p>
      ) : (
        <p id={hintId} className="text-xs text-muted-foreground">
          A dotted path into the CloudTrail record; objects show as JSON.
        </p>
      )}
      {suggestions.length > 0 && (
        <div className="flex flex-col gap-1">
          <p className="text-xs text-muted-foreground" id={`${listId}-label`}>
            Common fields in these events
          </p>
          <ul aria-labelledby={`${listId}-label`} className="flex flex-wrap gap-1">
            {suggestions.slice(0, SHOWN_SUGGESTIONS).map((suggestion) => (
              <li key={suggestion}>
                <button
                  type="button"
                  onClick={() => onAdd(suggestion)}
                  aria-label={`Add column ${suggestion}`}
                  className="max-w-full truncate rounded-md border border-border px-1.5 py-0.5 font-mono text-xs text-muted-foreground outline-none hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
                >
                  {suggestion}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
