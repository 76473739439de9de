"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";

import { CheckboxField } from "@/components/trail-form/checkbox-field";
import { useTrailChange } from "@/components/trails/use-trail-change";
import { Button } from "@/components/ui/button";
import { saveInsightSelectors } from "@/lib/actions/trail-selectors";
import type { EventSelectors, InsightType } from "@/lib/trails/event-selectors";
import { insightTypesChange } from "@/lib/trails/selectors-change";
import {
  fromInsightsForm,
  insightsFormSchemaFor,
  toInsightsForm,
  type InsightsFormValues,
} from "@/lib/trails/selectors-form";
import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";

import { SelectorsReviewDialog } from "./selectors-review-dialog";

const TYPES: { type: InsightType; label: string; hint: string }[] = [
  {
    type: "ApiCallRateInsight",
    label: "API call rate",
    hint: "Unusual volumes of write management calls against the account's baseline. Needs write management events.",
  },
  {
    type: "ApiErrorRateInsight",
    label: "API error rate",
    hint: "Unusual rates of calls that fail, such as a burst of AccessDenied. Needs management events.",
  },
];

interface InsightsFormProps {
  trail: Trail;
  /** The Insights types on now, as CloudTrail answered. */
  current: InsightType[];
  /** The trail's saved event selectors, which decide what Insights can measure. */
  eventSelectors: EventSelectors;
  onSaved: (change: TrailChange) => void;
}

/**
 * CloudTrail Insights on the trail: API call rate and API error rate, saved apart from the
 * event selectors (PutInsightSelectors; none turns Insights off). Mount it with a key of
 * `current`: it starts from those types.
 */
export function InsightsForm({ trail, current, eventSelectors, onSaved }: InsightsFormProps) {
  const defaultValues = useMemo(() => toInsightsForm(current), [current]);
  const schema = useMemo(() => insightsFormSchemaFor(eventSelectors), [eventSelectors]);
  const { control, handleSubmit, formState, reset } = useForm<InsightsFormValues>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  const [review, setReview] = useState<InsightType[]>();
  const [saved, setSaved] = useState(false);
  const { run, pending, error, clearError } = useTrailChange();

  const openReview = handleSubmit((values) => {
    clearError();
    setSaved(false);
    setReview(fromInsightsForm(values));
  });

  const save = () => {
    if (!review) return;
    void run(
      () =>
        saveInsightSelectors({ region: trail.homeRegion, name: trail.name, insightTypes: review }),
      (change) => {
        setSaved(true);
        setReview(undefined);
        onSaved(change);
      },
    );
  };

  return (
    <>
      <form onSubmit={openReview} noValidate aria-label="Insights" className="flex flex-col gap-4">
        <div className="flex flex-col gap-3">
          {TYPES.map(({ type, label, hint }) => (
            <Controller
              key={type}
              control={control}
              name={type}
              render={({ field }) => (
                <CheckboxField
                  id={`insights-${type}`}
                  label={label}
                  hint={hint}
                  error={formState.errors[type]?.message}
                  checked={field.value}
                  onCheckedChange={field.onChange}
                />
              )}
            />
          ))}
        </div>
        <p className="text-xs text-muted-foreground">
          Checked against the trail&apos;s saved event selectors. With neither, Insights are off.
          CloudTrail charges for Insights events.
        </p>
        <div className="flex flex-wrap gap-2 border-t border-border pt-4">
          <Button type="submit">Review Insights change</Button>
          <Button
            variant="ghost"
            onClick={() => reset(defaultValues)}
            disabled={!formState.isDirty}
          >
            Discard edits
          </Button>
        </div>
      </form>

      <SelectorsReviewDialog
        change={review && insightTypesChange(current, review)}
        onClose={() => setReview(undefined)}
        title="Review the Insights selectors"
        description={
          <>
            Nothing has been sent yet. Saving calls PutInsightSelectors on {trail.name} in{" "}
            {trail.homeRegion}.
          </>
        }
        saveLabel="Save Insights selectors"
        pending={pending}
        error={error}
        onSave={save}
        restoreFocus={!saved}
      />
    </>
  );
}
