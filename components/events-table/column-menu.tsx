"use client";

import { EllipsisVertical } from "lucide-react";

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

import { moveColumn } from "./column-order";

interface ColumnMenuProps {
  id: string;
  label: string;
  columns: readonly string[];
  onSortChange: (sort: string, order: "asc" | "desc") => void;
  onColumnsChange: (columns: string[]) => void;
}

/**
 * A column's other actions, where the eye already is: sort either way, move, hide. The
 * trigger's name leaves out the column's ("Column options"), so that looking a header's sort
 * button up by the column's name finds that button alone; the header says which column it is.
 */
export function ColumnMenu({ id, label, columns, onSortChange, onColumnsChange }: ColumnMenuProps) {
  const index = columns.indexOf(id);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="Column options"
        title={`Options for ${label}`}
        className="grid size-6 shrink-0 place-items-center rounded-md text-muted-foreground outline-none hover:bg-background hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-background"
      >
        <EllipsisVertical aria-hidden className="size-3.5" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuItem onSelect={() => onSortChange(id, "asc")}>Sort ascending</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onSortChange(id, "desc")}>
          Sort descending
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={index <= 0}
          onSelect={() => onColumnsChange(moveColumn(columns, index, index - 1))}
        >
          Move left
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={index < 0 || index >= columns.length - 1}
          onSelect={() => onColumnsChange(moveColumn(columns, index, index + 1))}
        >
          Move right
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={columns.length <= 1}
          onSelect={() => onColumnsChange(columns.filter((c) => c !== id))}
        >
          Hide column
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
