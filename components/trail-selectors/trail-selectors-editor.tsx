"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import { TrailChangeNotice } from "@/components/trails/trail-change-notice";
import type { TrailSelectors } from "@/lib/trails/event-selectors";
import { eventSelectorsJson, insightTypesJson } from "@/lib/trails/selectors-change";
import { describeEventSelectors, describeInsightTypes } from "@/lib/trails/selectors-summary";
import type { Trail } from "@/lib/trails/trail";
import type { TrailChange } from "@/lib/trails/trail-change";

import { EventSelectorsForm } from "./event-selectors-form";
import { InsightsForm } from "./insights-form";

interface Saved {
  section: "events" | "insights";
  change: TrailChange;
}

/**
 * A trail's event selectors and Insights, each with what it records now and its editor.
 * After a save the page is refreshed from CloudTrail, and each editor, keyed by what it
 * started from, starts again from what was saved.
 */
export function TrailSelectorsEditor({
  trail,
  selectors,
}: {
  trail: Trail;
  selectors: TrailSelectors;
}) {
  const [saved, setSaved] = useState<Saved>();
  const notice = (section: Saved["section"], message: string) =>
    saved?.section === section && (
      <FocusOnMount key={saved.change.at}>
        <TrailChangeNotice message={message} changes={[saved.change]} />
      </FocusOnMount>
    );

  return (
    <div className="flex flex-col gap-10">
      <Section
        id="event-selectors"
        title="Event selectors"
        now={describeEventSelectors(selectors.eventSelectors)}
      >
        {notice("events", `Event selectors saved for ${trail.name}.`)}
        <EventSelectorsForm
          key={eventSelectorsJson(selectors.eventSelectors)}
          trail={trail}
          current={selectors.eventSelectors}
          onSaved={(change) => setSaved({ section: "events", change })}
        />
      </Section>
      <Section id="insights" title="Insights" now={[describeInsightTypes(selectors.insightTypes)]}>
        {notice("insights", `Insights selectors saved for ${trail.name}.`)}
        <InsightsForm
          key={`${insightTypesJson(selectors.insightTypes)}${eventSelectorsJson(selectors.eventSelectors)}`}
          trail={trail}
          current={selectors.insightTypes}
          eventSelectors={selectors.eventSelectors}
          onSaved={(change) => setSaved({ section: "insights", change })}
        />
      </Section>
    </div>
  );
}

/** Takes the focus when shown: after a save, the keyboard continues from its outcome. */
function FocusOnMount({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {children}
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  /** What the trail records now, one line a selector. */
  now: string[];
  children: ReactNode;
}

function Section({ id, title, now, children }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        <div className="rounded-lg bg-muted/40 px-4 py-3 text-sm">
          <p className="text-xs font-medium text-muted-foreground">Records now</p>
          <ul aria-label={`${title} now`} className="mt-1 flex list-disc flex-col gap-0.5 pl-5">
            {now.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
      {children}
    </section>
  );
}
