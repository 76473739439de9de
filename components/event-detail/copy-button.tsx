"use client";

import { useEffect, useState } from "react";

import { Button } from "@/components/ui/button";

type CopyState = "idle" | "copied" | "unavailable";

interface CopyButtonProps {
  text: string;
  /** What is copied, for the confirmation: "the record". */
  what: string;
  /** The element showing the text, selected for a manual copy when the clipboard is unavailable. */
  targetId?: string;
}

/** Copies text to the clipboard and says so; where it cannot, says how to copy by hand. */
export function CopyButton({ text, what, targetId }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      // Missing outside secure contexts (plain http on another host), and a browser may refuse.
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("unavailable");
      selectTarget(targetId);
    }
  };

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <span role="status" className="text-xs text-muted-foreground">
        {state === "copied" && `Copied ${what} to the clipboard.`}
        {state === "unavailable" &&
          `The clipboard is not available here; ${what} is selected below, so press Ctrl+C (⌘C) to copy it.`}
      </span>
      <Button variant="outline" size="sm" onClick={() => void copy()}>
        {state === "copied" ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}

function selectTarget(targetId: string | undefined) {
  const target = targetId ? document.getElementById(targetId) : null;
  const selection = window.getSelection();
  if (!target || !selection) return;
  selection.selectAllChildren(target);
}
