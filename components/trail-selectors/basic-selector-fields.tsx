"use client";

import { useId } from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";

import { CheckboxField } from "@/components/trail-form/checkbox-field";
import { FormField } from "@/components/trail-form/form-field";
import { Select } from "@/components/ui/select";
import type { ReadWriteType } from "@/lib/trails/event-selectors";
import type { EventSelectorsFormValues } from "@/lib/trails/selectors-form";
import { describeBasicSelector } from "@/lib/trails/selectors-summary";

import { DataEventsFields } from "./data-events-fields";
import { SelectorCard } from "./selector-card";

const READ_WRITE_LABELS: Record<ReadWriteType, string> = {
  All: "All (read and write)",
  ReadOnly: "Read-only",
  WriteOnly: "Write-only",
};

interface BasicSelectorFieldsProps {
  index: number;
  /** Without it the selector cannot be removed (a trail keeps at least one). */
  onRemove?: () => void;
}

/** One basic event selector: read/write, management events and their exclusions, data events. */
export function BasicSelectorFields({ index, onRemove }: BasicSelectorFieldsProps) {
  const { register, control, formState } = useFormContext<EventSelectorsFormValues>();
  const errors = formState.errors.basic?.[index];
  const includeManagement = useWatch({ control, name: `basic.${index}.includeManagementEvents` });
  const otherResources = useWatch({ control, name: `basic.${index}.otherDataResources` });
  const id = useId();

  return (
    <SelectorCard title={`Selector ${index + 1}`} onRemove={onRemove}>
      <FormField
        id={`${id}-read-write`}
        label="Read/write events"
        hint="Applies to the management and data events this selector records."
      >
        {(props) => (
          <Select className="w-56" {...props} {...register(`basic.${index}.readWriteType`)}>
            {Object.entries(READ_WRITE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </FormField>

      <div className="flex flex-col gap-2">
        <Controller
          control={control}
          name={`basic.${index}.includeManagementEvents`}
          render={({ field }) => (
            <CheckboxField
              id={`${id}-management`}
              label="Management events"
              hint="Control-plane calls such as CreateBucket, RunInstances or AttachRolePolicy."
              error={errors?.includeManagementEvents?.message}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
        <div className="flex flex-col gap-2 pl-6">
          <Controller
            control={control}
            name={`basic.${index}.excludeKms`}
            render={({ field }) => (
              <CheckboxField
                id={`${id}-exclude-kms`}
                label="Exclude KMS events"
                hint="AWS KMS calls such as Encrypt and Decrypt are many and rarely telling."
                checked={field.value}
                onCheckedChange={field.onChange}
                disabled={!includeManagement}
              />
            )}
          />
          <Controller
            control={control}
            name={`basic.${index}.excludeRdsData`}
            render={({ field }) => (
              <CheckboxField
                id={`${id}-exclude-rds`}
                label="Exclude RDS Data API events"
                checked={field.value}
                onCheckedChange={field.onChange}
                disabled={!includeManagement}
              />
            )}
          />
        </div>
      </div>

      <DataEventsFields index={index} kind="s3" />
      <DataEventsFields index={index} kind="lambda" />

      {otherResources.length > 0 && (
        <div className="flex flex-col gap-1 text-sm">
          <p>
            Also records{" "}
            {describeBasicSelector({
              readWriteType: "All",
              includeManagementEvents: false,
              excludeManagementEventSources: [],
              dataResources: otherResources,
            })}
            .
          </p>
          <p className="text-xs text-muted-foreground">
            Kept as they are; the editor changes S3 and Lambda data events only.
          </p>
          {errors?.otherDataResources?.message && (
            <p role="alert" className="text-xs font-medium text-destructive">
              {errors.otherDataResources.message}
            </p>
          )}
        </div>
      )}
    </SelectorCard>
  );
}
