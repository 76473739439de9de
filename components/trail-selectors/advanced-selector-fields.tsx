"use client";

import { Plus } from "lucide-react";
import { useId } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";

import { FormField } from "@/components/trail-form/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NEW_ADVANCED_CONDITION, type EventSelectorsFormValues } from "@/lib/trails/selectors-form";

import { AdvancedConditionFields } from "./advanced-condition-fields";
import { ListProblem, listErrorMessage } from "./list-problem";
import { SelectorCard } from "./selector-card";

interface AdvancedSelectorFieldsProps {
  index: number;
  /** Without it the selector cannot be removed (a trail keeps at least one). */
  onRemove?: () => void;
}

/** One advanced event selector: its name and its conditions, all of which an event must meet. */
export function AdvancedSelectorFields({ index, onRemove }: AdvancedSelectorFieldsProps) {
  const { register, control, formState } = useFormContext<EventSelectorsFormValues>();
  const conditions = useFieldArray({ control, name: `advanced.${index}.conditions` });
  const errors = formState.errors.advanced?.[index];
  const id = useId();
  const title = `Selector ${index + 1}`;

  return (
    <SelectorCard title={title} onRemove={onRemove}>
      <FormField id={`${id}-name`} label="Name (optional)" error={errors?.name?.message}>
        {(props) => (
          <Input
            className="max-w-md"
            placeholder="e.g. Writes to the exports bucket"
            {...props}
            {...register(`advanced.${index}.name`)}
          />
        )}
      </FormField>
      <div className="flex flex-col gap-3">
        <p className="text-xs text-muted-foreground">
          An event is recorded when it meets every condition. Each selector needs an eventCategory
          condition; data events also need resources.type.
        </p>
        {conditions.fields.map((condition, j) => (
          <AdvancedConditionFields
            key={condition.id}
            selectorIndex={index}
            index={j}
            label={`${title}, condition ${j + 1}`}
            onRemove={() => conditions.remove(j)}
          />
        ))}
        <ListProblem message={listErrorMessage(errors?.conditions)} />
        <Button
          variant="outline"
          size="sm"
          className="self-start"
          aria-label={`Add condition to ${title}`}
          onClick={() => conditions.append(NEW_ADVANCED_CONDITION)}
        >
          <Plus aria-hidden className="size-4" />
          Add condition
        </Button>
      </div>
    </SelectorCard>
  );
}
