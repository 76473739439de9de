import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { useId, type ReactNode } from "react";

import { cn } from "@/components/ui/cn";

interface SortHeaderProps {
  label: string;
  /** This column's order when the table is sorted by it. */
  sorted: "asc" | "desc" | null;
  onSort: () => void;
  /** More actions on the column, beside the sort button. */
  children?: ReactNode;
}

/** A column header whose name is a button that sorts by the column (again: the other way). */
export function SortHeader({ label, sorted, onSort, children }: SortHeaderProps) {
  const labelId = useId();
  return (
    <th
      scope="col"
      // Named by the column's name alone, not also by the buttons beside it.
      aria-labelledby={labelId}
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
      className="sticky top-0 z-10 border-b border-border bg-muted p-0 text-left align-middle"
    >
      <div className="flex items-center pr-1">
        <button
          type="button"
          onClick={onSort}
          title={
            sorted
              ? `Sorted ${sorted === "asc" ? "ascending" : "descending"}; click to reverse`
              : `Sort by ${label}`
          }
          className={cn(
            "flex h-9 min-w-0 flex-1 items-center gap-1 px-3 text-xs font-medium whitespace-nowrap outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset",
            sorted ? "text-foreground" : "text-muted-foreground",
          )}
        >
          <span id={labelId} className="truncate">
            {label}
          </span>
          <SortIcon sorted={sorted} />
        </button>
        {children}
      </div>
    </th>
  );
}

function SortIcon({ sorted }: { sorted: "asc" | "desc" | null }) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
  return <Icon aria-hidden className={cn("size-3.5 shrink-0", !sorted && "opacity-30")} />;
}
