import { RecordText } from "@/components/record-text";
import { formatNumber } from "@/lib/format/format-count";

export interface TooltipRow {
  label: string;
  value: number;
  color?: string;
}

/**
 * The box a chart shows on hover or keyboard focus. Text only: row labels come from records,
 * so they are drawn as record text (hidden characters shown, long ones cut).
 */
export function ChartTooltipBox({ title, rows }: { title: string; rows: readonly TooltipRow[] }) {
  return (
    <div className="max-w-80 rounded-md border border-border bg-background px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-medium">{title}</p>
      <ul className="space-y-0.5">
        {rows.map((row) => (
          <li key={row.label} className="flex items-center gap-2">
            {row.color ? (
              <span
                aria-hidden
                className="size-2.5 shrink-0 rounded-sm"
                style={{ backgroundColor: row.color }}
              />
            ) : null}
            <RecordText value={row.label} max={100} className="truncate" />
            <span className="ml-auto pl-3 tabular-nums">{formatNumber(row.value)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
