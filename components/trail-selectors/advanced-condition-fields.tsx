"use client";

import { X } from "lucide-react";
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ADVANCED_FIELDS, FIELD_OPERATORS, type FieldOperator } from "@/lib/trails/event-selectors";
import type { EventSelectorsFormValues } from "@/lib/trails/selectors-form";

import { ValuesTextarea } from "./values-textarea";

const OPERATOR_LABELS: Record<FieldOperator, string> = {
  equals: "equals",
  notEquals: "does not equal",
  startsWith: "starts with",
  notStartsWith: "does not start with",
  endsWith: "ends with",
  notEndsWith: "does not end with",
};

/** What a field's values look like, for its placeholder. */
const EXAMPLES: Record<string, string> = {
  eventCategory: "Management",
  readOnly: "false",
  "resources.type": "AWS::S3::Object",
  "resources.ARN": "arn:aws:s3:::amzn-s3-demo-bucket/",
  eventSource: "s3.amazonaws.com",
  eventName: "PutObject",
};

interface AdvancedConditionFieldsProps {
  selectorIndex: number;
  index: number;
  /** Names the condition for screen readers: "Selector 2, condition 1". */
  label: string;
  onRemove: () => void;
}

/** One condition of an advanced selector: a field, an operator and its values. */
export function AdvancedConditionFields({
  selectorIndex,
  index,
  label,
  onRemove,
}: AdvancedConditionFieldsProps) {
  const { register, control, formState } = useFormContext<EventSelectorsFormValues>();
  const name = `advanced.${selectorIndex}.conditions.${index}` as const;
  const errors = formState.errors.advanced?.[selectorIndex]?.conditions?.[index];
  const field = useWatch({ control, name: `${name}.field` });
  const id = useId();
  const fieldError = errors?.field?.message;
  const valuesError = errors?.values?.message;
  const known = (ADVANCED_FIELDS as readonly string[]).includes(field);

  return (
    <div role="group" aria-label={label} className="flex flex-col gap-1">
      <div className="flex flex-wrap items-start gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-field`}>Field</Label>
          <Select
            id={`${id}-field`}
            className="w-48"
            aria-invalid={Boolean(fieldError)}
            aria-describedby={fieldError ? `${id}-field-error` : undefined}
            {...register(`${name}.field`)}
          >
            {/* A field CloudTrail returned that the editor does not know stays choosable, flagged. */}
            {!known && <option value={field}>{field || "(none)"}</option>}
            {ADVANCED_FIELDS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-operator`}>Operator</Label>
          <Select
            id={`${id}-operator`}
            className="w-44"
            aria-invalid={Boolean(fieldError)}
            aria-describedby={fieldError ? `${id}-field-error` : undefined}
            {...register(`${name}.operator`)}
          >
            {FIELD_OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {OPERATOR_LABELS[operator]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <Label htmlFor={`${id}-values`}>Values, one a line</Label>
          <ValuesTextarea
            id={`${id}-values`}
            rows={2}
            placeholder={EXAMPLES[field]}
            aria-invalid={Boolean(valuesError)}
            aria-describedby={valuesError ? `${id}-values-error` : undefined}
            {...register(`${name}.values`)}
          />
        </div>
        <Button
          variant="ghost"
          size="icon"
          className="mt-5"
          onClick={onRemove}
          aria-label={`Remove ${label}`}
        >
          <X aria-hidden className="size-4" />
        </Button>
      </div>
      {fieldError && (
        <p id={`${id}-field-error`} className="text-xs font-medium text-destructive">
          {fieldError}
        </p>
      )}
      {valuesError && (
        <p id={`${id}-values-error`} className="text-xs font-medium text-destructive">
          {valuesError}
        </p>
      )}
    </div>
  );
}
