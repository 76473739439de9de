import { useRef, useState } from "react";

import type { MouseHandlerDataParam } from "recharts";

/**
 * Dragging across a bar chart's buckets to pick a span of them. A press and release on
 * one bucket is a click (left to the bars' own handler), not a selection.
 */
export function useBucketBrush(onSelect: (first: number, last: number) => void) {
  const [span, setSpan] = useState<{ anchor: number; current: number } | null>(null);
  const selected = useRef(false);

  const indexOf = (state: MouseHandlerDataParam): number | null => {
    const index = Number(state.activeTooltipIndex);
    return state.activeTooltipIndex == null || Number.isNaN(index) ? null : index;
  };

  return {
    /** The buckets dragged over so far, in order; null when not dragging. */
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
        const index = indexOf(state);
        if (index !== null) setSpan({ anchor: index, current: index });
      },
      onMouseMove: (state: MouseHandlerDataParam) => {
        const index = indexOf(state);
        if (span && index !== null && index !== span.current) setSpan({ ...span, current: index });
      },
      onMouseUp: () => {
        if (span && span.anchor !== span.current) {
          selected.current = true;
          onSelect(Math.min(span.anchor, span.current), Math.max(span.anchor, span.current));
        }
        setSpan(null);
      },
      onMouseLeave: () => setSpan(null),
    },
  };
}
