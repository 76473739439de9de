"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { FormProvider, useFieldArray, useForm, useWatch } from "react-hook-form";

import { useTrailChange } from "@/components/trails/use-trail-change";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { saveEventSelectors } from "@/lib/actions/trail-selectors";
import { MAX_BASIC_SELECTORS, type EventSelectors } from "@/lib/trails/event-selectors";
import { eventSelectorsChange } from "@/lib/trails/selectors-change";
import {
  NEW_ADVANCED_SELECTOR,
  NEW_BASIC_SELECTOR,
  advancedFormFromBasic,
  eventSelectorsFormSchema,
  fromEventSelectorsForm,
  toEventSelectorsForm,
  type EventSelectorsFormValues,
} from "@/lib/trails/selectors-form";
import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";

import { AdvancedSelectorFields } from "./advanced-selector-fields";
import { BasicSelectorFields } from "./basic-selector-fields";
import { ListProblem, listErrorMessage } from "./list-problem";
import { SelectorsReviewDialog } from "./selectors-review-dialog";

interface EventSelectorsFormProps {
  trail: Trail;
  /** What the trail has now, as CloudTrail answered. */
  current: EventSelectors;
  onSaved: (change: TrailChange) => void;
}

/**
 * The trail's event selectors, basic or advanced, checked at each field against CloudTrail's
 * rules. "Review changes" shows what saving would change; only its Save sends anything.
 * Mount it with a key of `current`: it starts from those selectors.
 */
export function EventSelectorsForm({ trail, current, onSaved }: EventSelectorsFormProps) {
  const defaultValues = useMemo(() => toEventSelectorsForm(current), [current]);
  const form = useForm<EventSelectorsFormValues>({
    resolver: zodResolver(eventSelectorsFormSchema),
    defaultValues,
  });
  const { control, handleSubmit, formState, clearErrors, getValues, setValue, reset } = form;
  const basic = useFieldArray({ control, name: "basic" });
  const advanced = useFieldArray({ control, name: "advanced" });
  const kind = useWatch({ control, name: "kind" });
  const [review, setReview] = useState<EventSelectors>();
  const [saved, setSaved] = useState(false);
  const { run, pending, error, clearError } = useTrailChange();
  const id = useId();

  const switchKind = (next: string) => {
    if (next !== "basic" && next !== "advanced") return;
    clearErrors();
    // Advanced selectors start as the basic ones rewritten, so switching keeps what is recorded.
    if (next === "advanced" && getValues("advanced").length === 0) {
      advanced.replace(advancedFormFromBasic(getValues("basic")));
    }
    if (next === "basic" && getValues("basic").length === 0) basic.replace([NEW_BASIC_SELECTOR]);
    setValue("kind", next, { shouldDirty: true });
  };

  const openReview = handleSubmit((values) => {
    clearError();
    setSaved(false);
    setReview(fromEventSelectorsForm(values));
  });

  const save = () => {
    if (!review) return;
    void run(
      () =>
        saveEventSelectors({
          region: trail.homeRegion,
          name: trail.name,
          eventSelectors: review,
        }),
      (change) => {
        setSaved(true);
        setReview(undefined);
        onSaved(change);
      },
    );
  };

  const atLimit = basic.fields.length >= MAX_BASIC_SELECTORS;
  const listError = listErrorMessage(
    kind === "basic" ? formState.errors.basic : formState.errors.advanced,
  );

  return (
    <FormProvider {...form}>
      <form
        onSubmit={openReview}
        noValidate
        aria-label="Event selectors"
        className="flex flex-col gap-4"
      >
        <div className="flex flex-col gap-1.5">
          <span id={`${id}-kind`} className="text-xs font-medium text-muted-foreground">
            Kind of selectors
          </span>
          <ToggleGroup
            type="single"
            value={kind}
            onValueChange={switchKind}
            aria-labelledby={`${id}-kind`}
            className="self-start"
          >
            <ToggleGroupItem value="basic">Basic</ToggleGroupItem>
            <ToggleGroupItem value="advanced">Advanced</ToggleGroupItem>
          </ToggleGroup>
          <p className="text-xs text-muted-foreground">
            {kind === "basic"
              ? "Management events, and data events for S3 objects and Lambda functions."
              : "Field conditions on any event: names, sources, resources, error codes."}
          </p>
        </div>

        {kind !== current.kind && (
          <Alert variant="warning" role="note">
            <AlertDescription className="mt-0 text-foreground">
              CloudTrail keeps one kind of event selectors: saving {kind} selectors replaces the
              trail&apos;s {current.kind} selectors.
            </AlertDescription>
          </Alert>
        )}

        {kind === "basic" ? (
          <>
            {basic.fields.map((field, index) => (
              <BasicSelectorFields
                key={field.id}
                index={index}
                onRemove={basic.fields.length > 1 ? () => basic.remove(index) : undefined}
              />
            ))}
            <ListProblem message={listError} />
            <div className="flex flex-wrap items-center gap-3">
              <Button
                variant="outline"
                size="sm"
                onClick={() => basic.append(NEW_BASIC_SELECTOR)}
                disabled={atLimit}
                aria-describedby={`${id}-limit`}
              >
                <Plus aria-hidden className="size-4" />
                Add selector
              </Button>
              <span id={`${id}-limit`} className="text-xs text-muted-foreground">
                {basic.fields.length} of {MAX_BASIC_SELECTORS} basic selectors
                {atLimit && ": CloudTrail takes no more (advanced selectors can say more)"}
              </span>
            </div>
          </>
        ) : (
          <>
            {advanced.fields.map((field, index) => (
              <AdvancedSelectorFields
                key={field.id}
                index={index}
                onRemove={advanced.fields.length > 1 ? () => advanced.remove(index) : undefined}
              />
            ))}
            <ListProblem message={listError} />
            <Button
              variant="outline"
              size="sm"
              className="self-start"
              onClick={() => advanced.append(NEW_ADVANCED_SELECTOR)}
            >
              <Plus aria-hidden className="size-4" />
              Add selector
            </Button>
          </>
        )}

        <div className="flex flex-wrap gap-2 border-t border-border pt-4">
          <Button type="submit">Review changes</Button>
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
        change={review && eventSelectorsChange(current, review)}
        onClose={() => setReview(undefined)}
        title="Review the event selectors"
        description={
          <>
            Nothing has been sent yet. Saving calls PutEventSelectors on {trail.name} in{" "}
            {trail.homeRegion}, which replaces all of its event selectors.
          </>
        }
        warning={
          review && review.kind !== current.kind
            ? `The trail's ${current.kind} selectors will be replaced by ${review.kind} ones.`
            : undefined
        }
        saveLabel="Save event selectors"
        pending={pending}
        error={error}
        onSave={save}
        restoreFocus={!saved}
      />
    </FormProvider>
  );
}
