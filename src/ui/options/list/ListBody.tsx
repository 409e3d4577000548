/**
 * What the contacts, units and resources lists share under their filters: the
 * count, the bulk bar for the selected rows, and the windowed table (or the
 * "nothing matches" line).
 */
import type { Notify } from '../OptionsApp';
import { t } from '../../i18n';
import { BulkBar, type BulkAction } from './BulkBar';
import { ListTable, nextSort, type Column, type SortState } from './ListTable';
import type { ListTable as TableName } from '../../../db/bulk';
import { archiveRecords, deleteRecords, describeDeletion } from './actions';
import type { Selection } from './selection';

interface Props<T extends { id: number; archived?: boolean }> {
  table: TableName;
  /** The count line ("12 of 340 contacts"), already worded. */
  countText: string;
  label: string;
  rows: readonly T[];
  /** The selected records (those the filters still show). */
  chosen: readonly T[];
  rowName(row: T): string;
  columns: Column<T>[];
  selection: Selection;
  sort: SortState;
  setSort(update: (s: SortState) => SortState): void;
  actions: BulkAction[];
  /** Changes when the filters change, so the table scrolls back to the top. */
  filters: unknown;
  notify: Notify;
}

export function ListBody<T extends { id: number; archived?: boolean }>(p: Props<T>) {
  const ids = p.selection.ids;
  return (
    <>
      <p class="muted small" aria-live="polite" data-testid={`${p.table}-count`}>
        {p.countText}
      </p>
      {p.selection.someSelected && (
        <BulkBar
          count={ids.length}
          actions={p.actions}
          anyArchived={p.chosen.some((r) => r.archived)}
          anyActive={p.chosen.some((r) => !r.archived)}
          onArchive={(archived) => archiveRecords(p.notify, p.table, ids, archived)}
          describeDelete={() => describeDeletion(p.table, ids)}
          onDelete={() => deleteRecords(p.notify, p.table, ids)}
          onClear={p.selection.clear}
        />
      )}
      {p.rows.length === 0 ? (
        <p class="empty">{t('listsNoMatch')}</p>
      ) : (
        <ListTable
          label={p.label}
          rows={p.rows}
          rowId={(r) => r.id}
          rowName={p.rowName}
          columns={p.columns}
          selection={p.selection}
          sort={p.sort}
          onSort={(by) => p.setSort((s) => nextSort(s, by))}
          testId={`${p.table}-table`}
          resetKey={JSON.stringify([p.filters, p.sort])}
          rowClass={(r) => (r.archived ? 'll-archived' : undefined)}
        />
      )}
    </>
  );
}
