import { formatBytes } from "@/lib/format/format-bytes";

/** How much of a file has gone: a bar that names its file and reads out bytes of the total. */
export function ByteProgressBar({
  label,
  done,
  total,
}: {
  label: string;
  done: number;
  total: number;
}) {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={Math.min(done, total)}
      aria-valuetext={`${formatBytes(done)} of ${formatBytes(total)}`}
      className="h-2 w-full overflow-hidden rounded-full bg-muted"
    >
      <div className="h-full rounded-full bg-accent" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
