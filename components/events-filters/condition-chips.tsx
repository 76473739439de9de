"use client";

import { X } from "lucide-react";
import { useId } from "react";

import { RecordText } from "@/components/record-text";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { ruleById } from "@/lib/detections/rules";
import { CONDITION_FIELD_SPECS, describeCondition, type Condition } from "@/lib/events/conditions";
import type { FlaggedChoice } from "@/lib/events/flagged";

interface ConditionChipsProps {
  conditions: readonly Condition[];
  failuresOnly: boolean;
  flagged: FlaggedChoice | null;
  editingIndex: number | null;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
  onFailuresOnlyChange: (failuresOnly: boolean) => void;
  onFlaggedChange: (flagged: FlaggedChoice | null) => void;
  onClearAll: () => void;
}

/** The conditions in force, each removable and editable, "Failures only" and "Flagged only". */
export function ConditionChips({
  conditions,
  failuresOnly,
  flagged,
  editingIndex,
  onEdit,
  onRemove,
  onFailuresOnlyChange,
  onFlaggedChange,
  onClearAll,
}: ConditionChipsProps) {
  const failuresId = useId();
  const flaggedId = useId();
  const flaggedRule = flagged && flagged !== "any" ? ruleById(flagged) : undefined;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="flex h-7 items-center gap-2 pr-1">
        <Checkbox
          id={failuresId}
          checked={failuresOnly}
          onCheckedChange={(checked) => onFailuresOnlyChange(checked === true)}
        />
        <label htmlFor={failuresId} className="text-sm select-none">
          Failures only
        </label>
      </div>
      <div className="flex h-7 items-center gap-2 pr-1">
        <Checkbox
          id={flaggedId}
          checked={flagged !== null}
          onCheckedChange={(checked) => onFlaggedChange(checked === true ? "any" : null)}
        />
        <label htmlFor={flaggedId} className="text-sm select-none">
          {flaggedRule ? `Flagged by “${flaggedRule.title}”` : "Flagged only"}
        </label>
      </div>

      {conditions.length > 0 && (
        <ul aria-label="Conditions" className="flex flex-wrap items-center gap-1.5">
          {conditions.map((condition, index) => {
            const description = describeCondition(condition);
            const spec = CONDITION_FIELD_SPECS[condition.field];
            return (
              <li
                key={`${condition.field}:${condition.value}`}
                className={cn(
                  "inline-flex h-7 max-w-full items-center rounded-md border border-border bg-muted/60 text-xs",
                  index === editingIndex && "border-ring ring-2 ring-ring/30",
                )}
              >
                <button
                  type="button"
                  aria-label={`Edit condition ${description}`}
                  title={description}
                  onClick={() => onEdit(index)}
                  className="flex h-full min-w-0 items-center gap-1 rounded-l-md pr-1 pl-2 outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span className="text-muted-foreground">{spec.label}</span>
                  <span className="text-muted-foreground">
                    {spec.comparison === "contains-ignoring-case" ? "contains" : "="}
                  </span>
                  <span className="max-w-64 truncate font-mono font-medium">
                    <RecordText value={condition.value} max={300} />
                  </span>
                </button>
                <button
                  type="button"
                  aria-label={`Remove condition ${description}`}
                  onClick={() => onRemove(index)}
                  className="flex h-full items-center rounded-r-md px-1.5 text-muted-foreground outline-none hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <X aria-hidden className="size-3" strokeWidth={2.5} />
                </button>
              </li>
            );
          })}
        </ul>
      )}

      {(conditions.length > 0 || failuresOnly || flagged !== null) && (
        <Button variant="ghost" size="sm" onClick={onClearAll} className="h-7 px-2">
          Clear all
        </Button>
      )}
    </div>
  );
}
