/**
 * List windowing: with fixed-height rows, only the rows in the scroll
 * viewport (plus an overscan above and below) are in the DOM, so a list of
 * 5,000 contacts costs as much to render and scroll as a list of 40.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface RowWindow {
  /** First row rendered (index into the rows). */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

/** The rows to render for a viewport `height` px tall scrolled to `scrollTop`. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, count: number, overscan: number): RowWindow {
  const shown = Math.ceil(height / rowHeight) + 1;
  // Past the end (the list just got shorter, before the browser clamps the scroll): show its last rows.
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), Math.max(0, count - shown + 1));
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(start, end) };
}

/** Until the scroller is laid out (and in DOMs without layout), assume this tall a viewport. */
const FALLBACK_HEIGHT = 600;

/**
 * Tracks the scroll container's position and returns the window of rows to
 * render; state changes only when the window moves, not on every scroll event.
 * `scrollToRow` brings a row into view (keyboard navigation).
 */
export function useRowWindow(count: number, rowHeight: number, overscan = 10) {
  const ref = useRef<HTMLDivElement>(null);
  const [win, setWin] = useState<RowWindow>(() => visibleRange(0, FALLBACK_HEIGHT, rowHeight, count, overscan));
  const update = useCallback(() => {
    const el = ref.current;
    const next = visibleRange(el?.scrollTop ?? 0, el?.clientHeight || FALLBACK_HEIGHT, rowHeight, count, overscan);
    setWin((w) => (w.start === next.start && w.end === next.end ? w : next));
  }, [count, rowHeight, overscan]);
  useLayoutEffect(() => {
    update();
    const el = ref.current;
    if (!el) return;
    el.addEventListener('scroll', update, { passive: true });
    addEventListener('resize', update);
    return () => {
      el.removeEventListener('scroll', update);
      removeEventListener('resize', update);
    };
  }, [update]);
  /** Back to the first row (the filters or the sort changed: a new list starts at its top). */
  const scrollToTop = useCallback(() => {
    if (ref.current) ref.current.scrollTop = 0;
    update();
  }, [update]);
  /** Scrolls so that row `index` is fully visible (below the sticky header of `headerHeight` px). */
  const scrollToRow = useCallback(
    (index: number, headerHeight: number) => {
      const el = ref.current;
      if (!el) return;
      const top = index * rowHeight;
      const viewport = (el.clientHeight || FALLBACK_HEIGHT) - headerHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + viewport) el.scrollTop = top + rowHeight - viewport;
      update();
    },
    [rowHeight, update],
  );
  return { ref, ...win, scrollToRow, scrollToTop };
}
