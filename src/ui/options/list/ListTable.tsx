/**
 * The options page's list: a real table (header row, columns, sort buttons)
 * with a checkbox per row, windowed so that only the rows in view exist in
 * the DOM. Screen readers still hear the whole size through `aria-rowcount`
 * and each row's `aria-rowindex`. Keyboard: Up/Down, Page Up/Down, Home/End
 * move between rows (keeping the column), Shift with them extends the
 * selection, Ctrl+A selects every row shown, Space toggles a row's checkbox.
 */
import { Component, type ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { Selection } from './selection';
import { useRowWindow } from './windowing';

export interface Column<T> {
  id: string;
  label: string;
  /** CSS width of the column (the table has a fixed layout, so rows keep one height). */
  width?: string;
  cell(row: T): ComponentChildren;
  /** Shown as a sort button when set. */
  sortable?: boolean;
}

export interface SortState {
  by: string;
  dir: 'asc' | 'desc';
}

/** Sort by `by`, or flip the direction when it already is. */
export function nextSort(sort: SortState, by: string): SortState {
  return sort.by === by ? { by, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: 'asc' };
}

/** Fixed row height in px, matching lists.css. */
export const ROW_HEIGHT = 40;
const PAGE = 10;

interface Props<T> {
  label: string;
  rows: readonly T[];
  rowId(row: T): number;
  /** The row's name, for its checkbox's label ("Select Maria Lopez"). */
  rowName(row: T): string;
  columns: Column<T>[];
  selection: Selection;
  sort: SortState;
  onSort(by: string): void;
  testId: string;
  rowClass?(row: T): string | undefined;
  /** When this changes (the filters or the sort), the list scrolls back to its first row. */
  resetKey?: string;
}

interface RowProps<T> {
  row: T;
  id: number;
  index: number;
  on: boolean;
  name: string;
  columns: Column<T>[];
  extra: string | undefined;
  onToggle(id: number, shift: boolean): void;
}

/**
 * One row. It renders again only when its record, its selection or the
 * columns change, so scrolling renders just the rows that come into view.
 * `onToggle` must be stable (ListTable passes one that reads the latest selection).
 */
class Row<T> extends Component<RowProps<T>> {
  override shouldComponentUpdate(next: RowProps<T>): boolean {
    const p = this.props;
    return next.row !== p.row || next.on !== p.on || next.index !== p.index || next.columns !== p.columns || next.name !== p.name || next.extra !== p.extra;
  }
  override render() {
    const { row, id, index, on, name, columns, extra, onToggle } = this.props;
    return (
      <tr data-index={index} aria-rowindex={index + 2} class={[on ? 'll-selected' : '', extra ?? ''].join(' ').trim() || undefined}>
        <td class="ll-sel">
          <input type="checkbox" checked={on} aria-label={t('listsSelectRow', name)} onClick={(e) => onToggle(id, e.shiftKey)} />
        </td>
        {columns.map((c) => (
          <td key={c.id}>{c.cell(row)}</td>
        ))}
      </tr>
    );
  }
}

export function ListTable<T>({ label, rows, rowId, rowName, columns, selection, sort, onSort, testId, rowClass, resetKey }: Props<T>) {
  const win = useRowWindow(rows.length, ROW_HEIGHT);
  const { ref, scrollToRow, scrollToTop } = win;
  // The window state can lag one render behind a shorter list: never render past its end.
  const end = Math.min(win.end, rows.length);
  const start = Math.min(win.start, end);
  const firstKey = useRef(resetKey);
  useLayoutEffect(() => {
    if (firstKey.current === resetKey) return;
    firstKey.current = resetKey;
    scrollToTop();
  }, [resetKey, scrollToTop]);
  // The row (and the position of the control in it) that keyboard navigation moves focus to after rendering.
  const [focus, setFocus] = useState<{ index: number; control: number } | null>(null);
  const all = useRef<HTMLInputElement>(null);
  // A stable toggle for the rows, which do not re-render when only the selection's callback changed.
  const click = useRef(selection.click);
  click.current = selection.click;
  const onToggle = useCallback((id: number, shift: boolean) => click.current(id, shift), []);
  useLayoutEffect(() => {
    if (all.current) all.current.indeterminate = selection.someSelected && !selection.allSelected;
  });
  useLayoutEffect(() => {
    if (!focus) return;
    const row = ref.current?.querySelector(`tr[data-index="${focus.index}"]`);
    const controls = row ? [...row.querySelectorAll<HTMLElement>('input, a, button')] : [];
    const target = controls[Math.min(focus.control, controls.length - 1)];
    if (target) {
      target.focus();
      setFocus(null);
    }
  }, [focus, start, end]);

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    const tr = el.closest<HTMLElement>('tr[data-index]');
    if (!tr) return;
    const index = Number(tr.dataset.index);
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      if (!selection.allSelected) selection.toggleAll();
      return;
    }
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + PAGE, PageUp: index - PAGE, Home: 0, End: rows.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(rows.length - 1, moves[e.key]!));
    const control = [...tr.querySelectorAll('input, a, button')].indexOf(el);
    if (e.shiftKey) {
      const row = rows[next];
      if (row !== undefined) selection.click(rowId(row), true);
    }
    scrollToRow(next, ROW_HEIGHT);
    setFocus({ index: next, control: Math.max(0, control) });
  };

  const span = columns.length + 1;
  return (
    <div class="ll-list-scroll" ref={ref} data-testid={`${testId}-scroll`}>
      <table class="ll-list" aria-label={label} aria-rowcount={rows.length + 1} data-testid={testId}>
        <colgroup>
          <col style={{ width: '44px' }} />
          {columns.map((c) => (
            <col key={c.id} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" class="ll-sel">
              <input
                ref={all}
                type="checkbox"
                checked={selection.allSelected}
                onChange={selection.toggleAll}
                aria-label={t('listsSelectAllShown')}
                data-testid={`${testId}-select-all`}
              />
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" aria-sort={sort.by === c.id ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                {c.sortable ? (
                  <button type="button" class="ll-sort" onClick={() => onSort(c.id)}>
                    {c.label}
                    <span aria-hidden="true">{sort.by === c.id ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {start > 0 && (
            <tr aria-hidden="true" class="ll-spacer" style={{ height: `${start * ROW_HEIGHT}px` }}>
              <td colSpan={span} />
            </tr>
          )}
          {rows.slice(start, end).map((row, i) => {
            const id = rowId(row);
            return (
              <Row
                key={id}
                row={row}
                id={id}
                index={start + i}
                on={selection.selected.has(id)}
                name={rowName(row)}
                columns={columns}
                extra={rowClass?.(row)}
                onToggle={onToggle}
              />
            );
          })}
          {end < rows.length && (
            <tr aria-hidden="true" class="ll-spacer" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }}>
              <td colSpan={span} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
