"use client";

import type { ReactNode } from "react";

import { Checkbox } from "@/components/ui/checkbox";

import { describedBy, FieldMessages } from "./field-messages";

interface CheckboxFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox with its label beside it, and its hint and error linked to it. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  checked,
  onCheckedChange,
  disabled,
}: CheckboxFieldProps) {
  return (
    <div className="flex items-start gap-2.5">
      <Checkbox
        id={id}
        checked={checked}
        onCheckedChange={(value) => onCheckedChange(value === true)}
        disabled={disabled}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, error, hint)}
        className="mt-0.5"
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <FieldMessages id={id} error={error} hint={hint} />
      </div>
    </div>
  );
}
