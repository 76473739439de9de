"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";

import { RecordText } from "@/components/record-text";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { filterSuggestions, type ValueSuggestion } from "@/lib/events/value-suggestions";
import { visiblePreview } from "@/lib/format/visible-text";

interface ValueComboboxProps {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Every value the field has among the loaded events, most frequent first. */
  suggestions: readonly ValueSuggestion[];
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
  /** Escape with the list closed (the list itself closes on the first Escape). */
  onEscape?: () => void;
  autoFocus?: boolean;
}

/**
 * A text input with the values seen in the loaded events as suggestions: the ARIA 1.2
 * combobox pattern (focus stays in the input, aria-activedescendant names the active
 * option), so typing and the arrow keys work together.
 */
export function ValueCombobox({
  id,
  value,
  onValueChange,
  suggestions,
  placeholder,
  invalid,
  describedBy,
  onEscape,
  autoFocus,
}: ValueComboboxProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${index}`;

  const shown = filterSuggestions(suggestions, value);
  const expanded = open && shown.length > 0;
  const activeIndex = expanded && active < shown.length ? active : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    listRef.current
      ?.querySelector(`[data-index="${activeIndex}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [activeIndex]);

  const pick = (suggestion: ValueSuggestion) => {
    onValueChange(suggestion.value);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = shown.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === "ArrowDown";
        const step = down ? 1 : count - 1;
        setActive(activeIndex < 0 ? (down ? 0 : count - 1) : (activeIndex + step) % count);
        setOpen(true);
        return;
      }
      case "Enter":
        // With an option active, Enter takes it; otherwise it submits the form.
        if (activeIndex >= 0) {
          event.preventDefault();
          pick(shown[activeIndex]);
        } else {
          setOpen(false);
        }
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else {
          onEscape?.();
        }
        return;
      case "Tab":
        setOpen(false);
        return;
    }
  };

  return (
    <div className="relative">
      <Input
        id={id}
        autoFocus={autoFocus}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-full sm:w-64"
      />
      <div
        className={cn(
          "absolute top-full left-0 z-50 mt-1 w-full min-w-72 overflow-hidden rounded-lg border border-border bg-background shadow-lg",
          !expanded && "hidden",
        )}
      >
        <div
          aria-hidden
          className="flex justify-between border-b border-border px-3 py-1.5 text-xs text-muted-foreground"
        >
          <span>Values in the loaded events</span>
          <span>Events</span>
        </div>
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label="Suggested values"
          className="max-h-72 overflow-y-auto py-1"
        >
          {expanded &&
            shown.map((suggestion, index) => (
              <li
                key={suggestion.value}
                id={optionId(index)}
                data-index={index}
                role="option"
                aria-selected={index === activeIndex}
                // Keeps the focus (and the open list) in the input while the option is clicked.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(suggestion)}
                onMouseMove={() => index !== activeIndex && setActive(index)}
                className={cn(
                  "flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 text-sm",
                  index === activeIndex && "bg-muted",
                )}
              >
                <span
                  className="truncate font-mono text-xs"
                  title={visiblePreview(suggestion.value, 1000)}
                >
                  <RecordText value={suggestion.value} max={300} />
                </span>{" "}
                <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
                  {suggestion.count.toLocaleString("en-US")}
                  <span className="sr-only"> {suggestion.count === 1 ? "event" : "events"}</span>
                </span>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
