import { Trash2 } from "lucide-react";
import { useId, type ReactNode } from "react";

import { Button } from "@/components/ui/button";

interface SelectorCardProps {
  /** "Selector 2": names the group for screen readers and its Remove button. */
  title: string;
  /** Absent for the only selector, which cannot be removed. */
  onRemove?: () => void;
  children: ReactNode;
}

/** One selector of the editor, basic or advanced: a named group with its Remove button. */
export function SelectorCard({ title, onRemove, children }: SelectorCardProps) {
  const id = useId();
  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-4 rounded-lg border border-border p-4"
    >
      <div className="flex items-center justify-between gap-3">
        <h3 id={`${id}-title`} className="text-sm font-semibold">
          {title}
        </h3>
        {onRemove && (
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${title}`}>
            <Trash2 aria-hidden className="size-4" />
            Remove
          </Button>
        )}
      </div>
      {children}
    </div>
  );
}
