"use client";

import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { DATA_SCOPES, type EventSelectorsFormValues } from "@/lib/trails/selectors-form";

import { ValuesTextarea } from "./values-textarea";

const COPY = {
  s3: {
    legend: "S3 data events",
    hint: "Object-level calls such as GetObject, PutObject and DeleteObject.",
    scopes: { none: "None", all: "All buckets", some: "Specific buckets or prefixes" },
    valuesLabel: "Bucket ARNs or prefixes, one a line",
    valuesHint:
      "arn:aws:s3:::bucket/ records every object in a bucket; arn:aws:s3:::bucket/prefix only the objects under a prefix.",
    placeholder: "arn:aws:s3:::amzn-s3-demo-bucket/",
  },
  lambda: {
    legend: "Lambda data events",
    hint: "Function invocations (Invoke).",
    scopes: { none: "None", all: "All functions", some: "Specific functions" },
    valuesLabel: "Function ARNs, one a line",
    valuesHint: "arn:aws:lambda:<region>:<account>:function:<name>",
    placeholder: "arn:aws:lambda:us-east-1:123456789012:function:my-function",
  },
} as const;

/** Which S3 objects or Lambda functions a basic selector records data events for. */
export function DataEventsFields({ index, kind }: { index: number; kind: "s3" | "lambda" }) {
  const { register, control, formState } = useFormContext<EventSelectorsFormValues>();
  const copy = COPY[kind];
  const valuesName = kind === "s3" ? "s3Values" : "lambdaValues";
  const scope = useWatch({ control, name: `basic.${index}.${kind}` });
  const error = formState.errors.basic?.[index]?.[valuesName]?.message;
  const id = useId();
  const hintId = `${id}-hint`;
  const valuesId = `${id}-values`;
  const valuesHintId = `${id}-values-hint`;
  const errorId = `${id}-error`;

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={hintId}>
      <legend className="text-sm font-medium">{copy.legend}</legend>
      <p id={hintId} className="-mt-1 text-xs text-muted-foreground">
        {copy.hint}
      </p>
      <div className="flex flex-wrap gap-x-5 gap-y-1.5">
        {DATA_SCOPES.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              value={value}
              className="size-4 accent-primary"
              {...register(`basic.${index}.${kind}`)}
            />
            {copy.scopes[value]}
          </label>
        ))}
      </div>
      {scope === "some" && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={valuesId} className="text-xs font-medium text-muted-foreground">
            {copy.valuesLabel}
          </label>
          <ValuesTextarea
            id={valuesId}
            placeholder={copy.placeholder}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${errorId} ${valuesHintId}` : valuesHintId}
            {...register(`basic.${index}.${valuesName}`)}
          />
          {error && (
            <p id={errorId} className="text-xs font-medium text-destructive">
              {error}
            </p>
          )}
          <p id={valuesHintId} className="text-xs text-muted-foreground">
            {copy.valuesHint}
          </p>
        </div>
      )}
    </fieldset>
  );
}
