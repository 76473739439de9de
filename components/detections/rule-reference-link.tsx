import { ExternalLink } from "lucide-react";

import { cn } from "@/components/ui/cn";
import type { RuleReference } from "@/lib/detections/types";

/** Where a rule comes from: its CIS control or ATT&CK technique, opened in a new tab. */
export function RuleReferenceLink({
  reference,
  className,
}: {
  reference: RuleReference;
  className?: string;
}) {
  return (
    <a
      href={reference.url}
      target="_blank"
      rel="noopener noreferrer"
      className={cn(
        "inline-flex items-center gap-1 text-xs text-accent underline-offset-2 hover:underline",
        className,
      )}
    >
      {reference.framework} {reference.id}: {reference.title}
      <ExternalLink aria-hidden className="size-3" />
    </a>
  );
}
