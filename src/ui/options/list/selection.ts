/**
 * Row selection for the lists: a click toggles one row, Shift-click selects
 * the range from the last clicked row, "select all" takes the rows the
 * filters show. The selection only ever holds visible rows, so a bulk action
 * never touches a record the librarian cannot see.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';

/** The ids between `anchor` and `target` in `order` (both included), or just `target` when the anchor is gone. */
export function rangeBetween(order: readonly number[], anchor: number | null, target: number): number[] {
  const to = order.indexOf(target);
  const from = anchor === null ? -1 : order.indexOf(anchor);
  if (to < 0) return [];
  if (from < 0) return [target];
  return order.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/**
 * The selection after clicking `target`: a plain click toggles it; a
 * Shift-click sets the whole range from the anchor to the state the anchor has.
 */
export function clickSelect(
  selected: ReadonlySet<number>,
  order: readonly number[],
  anchor: number | null,
  target: number,
  shift: boolean,
): Set<number> {
  const next = new Set(selected);
  if (shift && anchor !== null && order.includes(anchor)) {
    const on = selected.has(anchor);
    for (const id of rangeBetween(order, anchor, target)) {
      if (on) next.add(id);
      else next.delete(id);
    }
    return next;
  }
  if (next.has(target)) next.delete(target);
  else next.add(target);
  return next;
}

export interface Selection {
  selected: ReadonlySet<number>;
  /** The selected ids in list order. */
  ids: number[];
  /** Toggle `id`, or with `shift` select (or clear) the range from the last clicked row. */
  click(id: number, shift: boolean): void;
  /** Select every visible row, or clear them all when they already are. */
  toggleAll(): void;
  clear(): void;
  allSelected: boolean;
  someSelected: boolean;
}

/** Selection over the rows the list shows now (`order`, in display order). */
export function useSelection(order: readonly number[]): Selection {
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  // Rows that a filter hid or a delete removed leave the selection.
  useEffect(() => {
    if (selected.size === 0) return;
    const visible = new Set(order);
    if ([...selected].some((id) => !visible.has(id))) setSelected(new Set([...selected].filter((id) => visible.has(id))));
  }, [order, selected]);
  const click = useCallback(
    (id: number, shift: boolean) => {
      setSelected((s) => clickSelect(s, order, anchor, id, shift));
      setAnchor(id);
    },
    [order, anchor],
  );
  const allSelected = order.length > 0 && order.every((id) => selected.has(id));
  const toggleAll = useCallback(() => setSelected(allSelected ? new Set() : new Set(order)), [allSelected, order]);
  const clear = useCallback(() => setSelected(new Set()), []);
  const ids = useMemo(() => (selected.size === 0 ? [] : order.filter((id) => selected.has(id))), [order, selected]);
  return { selected, ids, click, toggleAll, clear, allSelected, someSelected: selected.size > 0 };
}
