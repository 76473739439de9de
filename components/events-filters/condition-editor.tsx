"use client";

import { useId, useMemo, useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  CONDITION_FIELD_SPECS,
  RECORD_FIELD_KEYS,
  conditionProblem,
  describeCondition,
  isConditionField,
  type Condition,
  type ConditionField,
} from "@/lib/events/conditions";
import type { TrailEvent } from "@/lib/events/trail-event";
import { countFieldValues } from "@/lib/events/value-suggestions";
import { LOOKUP_ATTRIBUTE_KEYS } from "@/lib/view/lookup-attributes";

import { putCondition } from "./condition-list";
import { ValueCombobox } from "./value-combobox";

const FIELD_GROUPS = [
  { label: "CloudTrail lookup attributes", fields: LOOKUP_ATTRIBUTE_KEYS },
  { label: "Record fields", fields: RECORD_FIELD_KEYS },
] as const;

const COMPARISON_HINTS = {
  equals: "Exact match",
  "equals-ignoring-case": "Exact match, ignoring case",
  "contains-ignoring-case": "Matches part of the value, ignoring case",
} as const;

const comparisonWord = (field: ConditionField) =>
  CONDITION_FIELD_SPECS[field].comparison === "contains-ignoring-case" ? "contains" : "is";

interface ConditionEditorProps {
  conditions: readonly Condition[];
  events: readonly TrailEvent[];
  /** The position of the condition being edited, or null to add a new one. */
  editingIndex: number | null;
  /** Focus the value when mounted: set once the editor is in use (editing a chip, or after). */
  autoFocus: boolean;
  onConditionsChange: (conditions: Condition[]) => void;
  onCancelEdit: () => void;
}

/**
 * Adds a condition, or edits the one at `editingIndex`. Mount it with a key per edited
 * condition: its fields start from that condition.
 */
export function ConditionEditor({
  conditions,
  events,
  editingIndex,
  autoFocus,
  onConditionsChange,
  onCancelEdit,
}: ConditionEditorProps) {
  const editing = editingIndex === null ? undefined : conditions[editingIndex];
  const [field, setField] = useState<ConditionField>(editing?.field ?? "EventName");
  const [value, setValue] = useState(editing?.value ?? "");
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const valueId = useId();
  const errorId = useId();
  const hintId = useId();

  const suggestions = useMemo(() => countFieldValues(events, field), [events, field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const condition: Condition = { field, value: value.trim() };
    const problem = conditionProblem(condition);
    if (problem) {
      setError(problem);
      return;
    }
    const next = putCondition(conditions, condition, editingIndex);
    if (!next) {
      setError(`“${describeCondition(condition)}” is already a condition.`);
      return;
    }
    setError(null);
    setValue("");
    onConditionsChange(next);
  };

  return (
    <form
      onSubmit={submit}
      aria-label={editing ? "Edit condition" : "Add condition"}
      className="flex min-w-0 flex-col gap-1"
      noValidate
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={fieldId}>Filter by</Label>
          <Select
            id={fieldId}
            value={field}
            onChange={(event) => {
              if (isConditionField(event.target.value)) setField(event.target.value);
              setError(null);
            }}
            className="w-48"
          >
            {FIELD_GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.fields.map((key) => (
                  <option key={key} value={key}>
                    {CONDITION_FIELD_SPECS[key].label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </div>
        <span
          className="flex h-9 items-center text-sm text-muted-foreground"
          title={COMPARISON_HINTS[CONDITION_FIELD_SPECS[field].comparison]}
        >
          <span aria-hidden>{comparisonWord(field)}</span>
          <span id={hintId} className="sr-only">
            {COMPARISON_HINTS[CONDITION_FIELD_SPECS[field].comparison]}
          </span>
        </span>
        <div className="flex flex-col gap-1">
          <Label htmlFor={valueId}>Value</Label>
          <ValueCombobox
            autoFocus={autoFocus}
            id={valueId}
            value={value}
            onValueChange={(next) => {
              setValue(next);
              setError(null);
            }}
            suggestions={suggestions}
            placeholder={`e.g. ${CONDITION_FIELD_SPECS[field].example}`}
            invalid={error !== null}
            describedBy={error ? `${errorId} ${hintId}` : hintId}
            onEscape={editing ? onCancelEdit : undefined}
          />
        </div>
        <Button type="submit" variant="outline">
          {editing ? "Update" : "Add"}
        </Button>
        {editing && (
          <Button variant="ghost" onClick={onCancelEdit}>
            Cancel
          </Button>
        )}
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-xs text-destructive">
          {error}
        </p>
      )}
    </form>
  );
}
