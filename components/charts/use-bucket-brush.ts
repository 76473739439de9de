import { useRef, useState } from "react";

import type { MouseHandlerDataParam } from "recharts";

/**
 * Dragging across a bar chart's buckets to pick a span of them. A press and release on
 * one bucket is a click (left to the bars' own handler), not a selection.
 */
export function useBucketBrush(onSelect: (first: number, last: number) => void) {
  // The pressed bucket is kept out of state: re-rendering the chart on a press would replace
  // the bar under the pointer, and the release would no longer make a click on it (a drill).
  const anchor = useRef<number | null>(null);
  const [span, setSpan] = useState<{ anchor: number; current: number } | null>(null);
  const selected = useRef(false);

  const indexOf = (state: MouseHandlerDataParam): number | null => {
    const index = Number(state.activeTooltipIndex);
    return state.activeTooltipIndex == null || Number.isNaN(index) ? null : index;
  };
  const reset = () => {
    anchor.current = null;
    setSpan(null);
  };

  return {
    /** The buckets dragged over so far, in order; null until the drag reaches a second bucket. */
    range: span
      ? ([Math.min(span.anchor, span.current), Math.max(span.anchor, span.current)] as const)
      : null,
    /** True once, right after a drag selected: the click that follows is not a drill. */
    consumeSelection: () => {
      const was = selected.current;
      selected.current = false;
      return was;
    },
    handlers: {
      onMouseDown: (state: MouseHandlerDataParam) => {
        selected.current = false;
        anchor.current = indexOf(state);
      },
      onMouseMove: (state: MouseHandlerDataParam) => {
        const index = indexOf(state);
        if (anchor.current === null || index === null) return;
        if (span ? index !== span.current : index !== anchor.current) {
          setSpan({ anchor: anchor.current, current: index });
        }
      },
      onMouseUp: () => {
        if (span && span.anchor !== span.current) {
          selected.current = true;
          onSelect(Math.min(span.anchor, span.current), Math.max(span.anchor, span.current));
        }
        reset();
      },
      onMouseLeave: reset,
    },
  };
}
