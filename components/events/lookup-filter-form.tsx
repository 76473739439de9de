"use client";

import { useId, useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  LOOKUP_ATTRIBUTE_EXAMPLES,
  LOOKUP_ATTRIBUTE_KEYS,
  LOOKUP_ATTRIBUTE_LABELS,
  type LookupAttributeKey,
} from "@/lib/view/lookup-attributes";

type LookupFilter = { attr: LookupAttributeKey; value: string };

interface LookupFilterFormProps {
  attr: LookupAttributeKey | null;
  value: string | null;
  /** The filter to apply, or null to remove it. */
  onApply: (filter: LookupFilter | null) => void;
}

/**
 * CloudTrail's one lookup attribute: edited as a draft and applied on submit, because each
 * lookup spends part of the region's 2-calls-per-second budget.
 */
export function LookupFilterForm({ attr, value, onApply }: LookupFilterFormProps) {
  const attrId = useId();
  const valueId = useId();
  const problemId = useId();
  const [applied, setApplied] = useState({ attr, value });
  const [draftAttr, setDraftAttr] = useState<LookupAttributeKey>(attr ?? "EventName");
  const [draftValue, setDraftValue] = useState(value ?? "");
  const [problem, setProblem] = useState<string | null>(null);

  // The URL changed under the form (back, forward, a row's link): show what is applied now.
  // Adjusted during render rather than by remounting, so focus stays where it was.
  if (applied.attr !== attr || applied.value !== value) {
    setApplied({ attr, value });
    setDraftAttr(attr ?? "EventName");
    setDraftValue(value ?? "");
    setProblem(null);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = draftValue.trim();
    if (!trimmed) {
      setProblem(null);
      onApply(null);
      return;
    }
    if (draftAttr === "ReadOnly" && trimmed !== "true" && trimmed !== "false") {
      setProblem("Read only is true or false.");
      return;
    }
    setProblem(null);
    onApply({ attr: draftAttr, value: trimmed });
  };

  const clear = () => {
    setDraftValue("");
    setProblem(null);
    onApply(null);
  };

  return (
    <form
      role="search"
      aria-label="Filter events"
      onSubmit={submit}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={attrId}>Filter by</Label>
        <Select
          id={attrId}
          value={draftAttr}
          onChange={(event) => setDraftAttr(event.target.value as LookupAttributeKey)}
        >
          {LOOKUP_ATTRIBUTE_KEYS.map((key) => (
            <option key={key} value={key}>
              {LOOKUP_ATTRIBUTE_LABELS[key]}
            </option>
          ))}
        </Select>
      </div>
      <div className="relative flex flex-col gap-1">
        <Label htmlFor={valueId}>Value</Label>
        <Input
          id={valueId}
          value={draftValue}
          onChange={(event) => setDraftValue(event.target.value)}
          placeholder={LOOKUP_ATTRIBUTE_EXAMPLES[draftAttr]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          autoComplete="off"
          spellCheck={false}
          className="w-64"
        />
        {problem && (
          <p id={problemId} className="absolute top-full mt-1 text-xs text-destructive">
            {problem}
          </p>
        )}
      </div>
      <Button type="submit">Apply</Button>
      <Button variant="ghost" onClick={clear} disabled={!attr && !draftValue}>
        Clear
      </Button>
    </form>
  );
}
