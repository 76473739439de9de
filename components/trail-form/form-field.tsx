import type { ReactNode } from "react";

import { Label } from "@/components/ui/label";

import { describedBy, FieldMessages } from "./field-messages";

export interface FieldControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

interface FormFieldProps {
  id: string;
  label: string;
  /** What the field is for, or the rule it follows. */
  hint?: ReactNode;
  error?: string;
  /** Renders the control with the id and ARIA links this field gives it. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with its hint and its error, both linked to it for screen readers. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        "aria-invalid": Boolean(error),
        "aria-describedby": describedBy(id, error, hint),
      })}
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}
