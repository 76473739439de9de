"use client";

import { Link } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Popover, PopoverAnchor, PopoverContent } from "@/components/ui/popover";
import type { EventsView } from "@/lib/view/events-view";
import { shareLink } from "@/lib/view/share-link";

const COPIED_MS = 2500;

interface CopyLinkButtonProps {
  view: Pick<EventsView, "from" | "to">;
  resolvedRange: { start: number; end: number } | null;
}

/**
 * Copies a link to the events on screen. Where the browser refuses the clipboard (an
 * insecure origin, a denied permission) the link is shown selected, to copy by hand.
 */
export function CopyLinkButton({ view, resolvedRange }: CopyLinkButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const [link, setLink] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = shareLink(window.location.href, view, resolvedRange);
    setLink(url);
    try {
      // navigator.clipboard is missing outside secure contexts; writeText rejects when denied.
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("manual");
    }
  };

  return (
    <div className="relative">
      <Popover open={state === "manual"} onOpenChange={(open) => !open && setState("idle")}>
        <PopoverAnchor asChild>
          <Button variant="outline" onClick={() => void copy()}>
            <Link aria-hidden className="size-3.5" />
            Copy link
          </Button>
        </PopoverAnchor>
        <PopoverContent
          align="end"
          className="w-96"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            inputRef.current?.focus();
            inputRef.current?.select();
          }}
        >
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={inputId}>Link to these events</Label>
            <Input
              ref={inputRef}
              id={inputId}
              readOnly
              value={link}
              aria-describedby={hintId}
              onFocus={(event) => event.target.select()}
              className="font-mono text-xs"
            />
            <p id={hintId} className="text-xs text-muted-foreground">
              The browser did not allow copying: the link is selected, copy it with Ctrl+C (⌘C).
            </p>
          </div>
        </PopoverContent>
      </Popover>
      <span
        role="status"
        className={
          state === "copied"
            ? "absolute top-full right-0 z-10 mt-1 rounded-md bg-primary px-2 py-1 text-xs whitespace-nowrap text-primary-foreground shadow"
            : "sr-only"
        }
      >
        {state === "copied" ? "Link copied" : ""}
      </span>
    </div>
  );
}
