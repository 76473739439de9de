import { useId } from "react";

import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import {
  attributeLabel,
  attributionValueLabel,
  formatRate,
  insightUnit,
} from "@/lib/insights/format-insight";
import type { Insight, InsightAttribution } from "@/lib/insights/insight";

import { BreakableText } from "./breakable-text";

/**
 * Who and what made the insight: CloudTrail's top values of each attribute (callers, user
 * agents, error codes) during the insight, beside the same values in the baseline.
 */
export function InsightAttributions({ insight }: { insight: Insight }) {
  const headingId = useId();
  const unit = insightUnit(insight.type);
  const attributions = insight.attributions.filter((a) => a.values.length > 0);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div>
        <h3 id={headingId} className="text-sm font-semibold">
          What changed
        </h3>
        <p className="text-xs text-muted-foreground">
          CloudTrail’s top values during the insight and in the baseline, in {unit}.
        </p>
      </div>
      {attributions.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          This insight’s records name no attributions.
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          {attributions.map((attribution) => (
            <AttributionTable key={attribution.attribute} attribution={attribution} />
          ))}
        </div>
      )}
    </section>
  );
}

function AttributionTable({ attribution }: { attribution: InsightAttribution }) {
  const label = attributeLabel(attribution.attribute);
  return (
    <Table aria-label={label} className="text-xs">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{label}</TableHead>
          <TableHead scope="col" className="text-right">
            Insight
          </TableHead>
          <TableHead scope="col" className="text-right">
            Baseline
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {attribution.values.map((value) => (
          <TableRow key={value.value}>
            <TableCell className="font-mono break-words">
              <BreakableText text={attributionValueLabel(attribution.attribute, value.value)} />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {value.insightAverage === undefined ? "—" : formatRate(value.insightAverage)}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {value.baselineAverage === undefined ? "—" : formatRate(value.baselineAverage)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
