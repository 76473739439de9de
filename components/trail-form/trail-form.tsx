"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import {
  Controller,
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldPath,
} from "react-hook-form";

import { TrailChangeNotice } from "@/components/trails/trail-change-notice";
import { useTrailChange } from "@/components/trails/use-trail-change";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/actions/action-result";
import { createTrailAction, updateTrailAction } from "@/lib/actions/trails";
import type { TrailChange } from "@/lib/trails/trail-change";
import { createTrailSchema, type CreateTrailValues } from "@/lib/trails/trail-form";
import { trailPath } from "@/lib/trails/trail-paths";

import { CheckboxField } from "./checkbox-field";
import { FormField } from "./form-field";

interface TrailFormProps {
  mode: "create" | "edit";
  defaultValues: CreateTrailValues;
  /** The regions a new trail can be homed in. */
  regions: readonly string[];
}

type FlagName = {
  [K in keyof CreateTrailValues]: CreateTrailValues[K] extends boolean ? K : never;
}[keyof CreateTrailValues];

interface FlagFieldProps {
  control: Control<CreateTrailValues>;
  name: FlagName;
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A yes/no setting of the form, as a checkbox. */
function FlagField({ control, name, ...props }: FlagFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxField {...props} checked={field.value} onCheckedChange={field.onChange} />
      )}
    />
  );
}

interface Saved {
  message: string;
  changes: TrailChange[];
  warning?: string;
}

/**
 * Every CreateTrail / UpdateTrail setting a person sets. Fields are checked against
 * CloudTrail's rules before anything is sent; what CloudTrail itself rejects
 * comes back from the server action and is shown at the field it concerns.
 */
export function TrailForm({ mode, defaultValues, regions }: TrailFormProps) {
  const form = useForm<CreateTrailValues>({
    resolver: zodResolver(createTrailSchema),
    defaultValues,
    // Checked when submitted, then as each field is corrected. Checking on blur would move
    // the submit button (errors appear above it) between the press and the release of a click.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { register, control, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;
  const tags = useFieldArray({ control, name: "tags" });
  const { run, pending, error: requestError } = useTrailChange();
  const [saved, setSaved] = useState<Saved>();
  const [unchanged, setUnchanged] = useState(false);
  const [name, region] = useWatch({ control, name: ["name", "region"] });

  const applyFailure = (result: ActionResult<unknown>) => {
    if (result.ok) return;
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as FieldPath<CreateTrailValues>, { message }, { shouldFocus: true });
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    setSaved(undefined);
    setUnchanged(false);
    if (mode === "create") {
      const result = await run(
        () => createTrailAction(values),
        (created) =>
          setSaved({
            message: `Trail ${values.name} created in ${values.region}${
              values.startLogging && !created.startLoggingError ? ", and logging" : ""
            }.`,
            changes: created.changes,
            warning: created.startLoggingError,
          }),
      );
      applyFailure(result);
    } else {
      const result = await run(
        () => updateTrailAction(values),
        (changes) => {
          if (changes.length === 0) setUnchanged(true);
          else setSaved({ message: `Trail ${values.name} updated.`, changes });
          reset(values);
        },
      );
      applyFailure(result);
    }
  });

  if (mode === "create" && saved) {
    return (
      <div className="flex flex-col gap-4">
        <TrailChangeNotice message={saved.message} changes={saved.changes} />
        {saved.warning && (
          <Alert variant="destructive">
            <AlertTitle>The trail was created, but logging did not start</AlertTitle>
            <AlertDescription>{saved.warning}</AlertDescription>
          </Alert>
        )}
        <div className="flex gap-2">
          <Button asChild>
            <Link href={trailPath({ homeRegion: region, name })}>Open the trail</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/trails">All trails</Link>
          </Button>
        </div>
      </div>
    );
  }

  const text = (field: FieldPath<CreateTrailValues>) => ({
    ...register(field),
    autoComplete: "off",
    spellCheck: false,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      {saved && <TrailChangeNotice message={saved.message} changes={saved.changes} />}
      {unchanged && (
        <p role="status" className="text-sm text-muted-foreground">
          Nothing was changed: the values are the trail&apos;s own.
        </p>
      )}
      {requestError && (
        <Alert variant="destructive">
          <AlertTitle>
            {mode === "create" ? "The trail was not created" : "The trail was not updated"}
          </AlertTitle>
          <AlertDescription>{requestError}</AlertDescription>
        </Alert>
      )}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-sm font-semibold">Trail</legend>
        <FormField
          id="trail-name"
          label="Name"
          error={errors.name?.message}
          hint={
            mode === "create"
              ? "3-128 letters, numbers, periods, underscores or dashes; starts and ends with a letter or number."
              : "A trail cannot be renamed."
          }
        >
          {(control) => <Input {...control} {...text("name")} readOnly={mode === "edit"} />}
        </FormField>
        <FormField
          id="trail-region"
          label="Home region"
          error={errors.region?.message}
          hint={
            mode === "create"
              ? "Where the trail is created and changed. A multi-Region trail records every Region from here."
              : "A trail is changed from its home region."
          }
        >
          {(control) =>
            mode === "create" ? (
              <Select {...control} {...register("region")}>
                {regions.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </Select>
            ) : (
              <Input {...control} {...register("region")} readOnly />
            )
          }
        </FormField>
        <div className="flex flex-col gap-3 sm:col-span-2">
          <FlagField
            control={control}
            name="isMultiRegion"
            error={errors.isMultiRegion?.message}
            id="trail-multi-region"
            label="Record every Region (multi-Region trail)"
            hint="Recommended: activity in a Region nobody watches is where an attacker goes."
          />
          <FlagField
            control={control}
            name="includeGlobalServiceEvents"
            error={errors.includeGlobalServiceEvents?.message}
            id="trail-global-events"
            label="Include global service events (IAM, STS, CloudFront)"
          />
          <FlagField
            control={control}
            name="isOrganization"
            error={errors.isOrganization?.message}
            id="trail-organization"
            label="Organization trail (every account in the organization)"
            hint="Only the organization's management account or a delegated administrator can set this."
          />
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-sm font-semibold">Storage</legend>
        <FormField
          id="trail-bucket"
          label="S3 bucket"
          error={errors.s3BucketName?.message}
          hint="An existing bucket whose policy lets CloudTrail write to it."
        >
          {(control) => (
            <Input {...control} {...text("s3BucketName")} placeholder="e.g. my-cloudtrail-logs" />
          )}
        </FormField>
        <FormField
          id="trail-prefix"
          label="S3 key prefix (optional)"
          error={errors.s3KeyPrefix?.message}
          hint="Log files go under this prefix; at most 200 characters."
        >
          {(control) => <Input {...control} {...text("s3KeyPrefix")} />}
        </FormField>
        <FormField
          id="trail-kms"
          label="KMS key (optional)"
          error={errors.kmsKeyId?.message}
          hint="Encrypts the log files with your key (SSE-KMS): a key ID, key ARN, alias/name or alias ARN. Empty: SSE-S3."
        >
          {(control) => (
            <Input {...control} {...text("kmsKeyId")} placeholder="e.g. alias/cloudtrail" />
          )}
        </FormField>
        <div className="flex items-end pb-1">
          <FlagField
            control={control}
            name="logFileValidationEnabled"
            error={errors.logFileValidationEnabled?.message}
            id="trail-validation"
            label="Log file validation"
            hint="Hourly digest files prove that no log file was changed or deleted."
          />
        </div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-sm font-semibold">Delivery</legend>
        <FormField
          id="trail-log-group"
          label="CloudWatch Logs log group ARN (optional)"
          error={errors.cloudWatchLogsLogGroupArn?.message}
          hint="arn:aws:logs:<region>:<account>:log-group:<name>:*"
        >
          {(control) => <Input {...control} {...text("cloudWatchLogsLogGroupArn")} />}
        </FormField>
        <FormField
          id="trail-log-role"
          label="CloudWatch Logs role ARN"
          error={errors.cloudWatchLogsRoleArn?.message}
          hint="The role CloudTrail assumes to write to the log group; needed with a log group."
        >
          {(control) => <Input {...control} {...text("cloudWatchLogsRoleArn")} />}
        </FormField>
        <FormField
          id="trail-sns"
          label="SNS topic (optional)"
          error={errors.snsTopicName?.message}
          hint="Notified of every log file delivered: a topic name or ARN."
        >
          {(control) => <Input {...control} {...text("snsTopicName")} />}
        </FormField>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-3 text-sm font-semibold">Tags</legend>
        {tags.fields.length === 0 && <p className="text-sm text-muted-foreground">No tags.</p>}
        {tags.fields.map((tag, index) => (
          <div key={tag.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <FormField
              id={`trail-tag-${index}-key`}
              label={`Tag ${index + 1} key`}
              error={errors.tags?.[index]?.key?.message}
            >
              {(control) => <Input {...control} {...text(`tags.${index}.key`)} />}
            </FormField>
            <FormField
              id={`trail-tag-${index}-value`}
              label={`Tag ${index + 1} value`}
              error={errors.tags?.[index]?.value?.message}
            >
              {(control) => <Input {...control} {...text(`tags.${index}.value`)} />}
            </FormField>
            <Button
              variant="ghost"
              size="icon"
              className="mt-6"
              onClick={() => tags.remove(index)}
              aria-label={`Remove tag ${index + 1}`}
            >
              <X aria-hidden className="size-4" />
            </Button>
          </div>
        ))}
        {(errors.tags?.message ?? errors.tags?.root?.message) && (
          <p className="text-xs font-medium text-destructive">
            {errors.tags?.message ?? errors.tags?.root?.message}
          </p>
        )}
        <div>
          <Button variant="outline" size="sm" onClick={() => tags.append({ key: "", value: "" })}>
            <Plus aria-hidden className="size-3.5" />
            Add tag
          </Button>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4 border-t border-border pt-6">
        {mode === "create" && (
          <FlagField
            control={control}
            name="startLogging"
            error={errors.startLogging?.message}
            id="trail-start-logging"
            label="Start logging now"
            hint="A new trail records nothing until logging starts."
          />
        )}
        <div className="ml-auto flex gap-2">
          <Button asChild variant="outline">
            <Link href={mode === "create" ? "/trails" : trailPath({ homeRegion: region, name })}>
              Cancel
            </Link>
          </Button>
          <Button type="submit" disabled={pending}>
            {mode === "create"
              ? pending
                ? "Creating…"
                : "Create trail"
              : pending
                ? "Saving…"
                : "Save changes"}
          </Button>
        </div>
      </div>
    </form>
  );
}
