/**
 * What the lists do with a selection: every write goes through src/db/bulk.ts,
 * tells the background (badge, match index) and shows a toast with Undo.
 */
import { DELETE, deletionImpact, setArchived, type BulkResult, type ListTable } from '../../../db/bulk';
import { t } from '../../i18n';
import { changed, db } from '../data';
import type { Notify } from '../OptionsApp';

/** Tells the background, then offers Undo for `result` with `message`. */
export async function announce(notify: Notify, result: BulkResult, message: string): Promise<void> {
  await changed();
  notify({
    message,
    undo: async () => {
      await result.undo();
      await changed();
    },
  });
}

export async function archiveRecords(notify: Notify, table: ListTable, ids: readonly number[], archived: boolean): Promise<void> {
  const result = await setArchived(db, table, ids, archived);
  await announce(notify, result, archived ? t('listsArchivedCount', result.count) : t('listsUnarchivedCount', result.count));
}

export async function deleteRecords(notify: Notify, table: ListTable, ids: readonly number[]): Promise<void> {
  const result = await DELETE[table](db, ids);
  await announce(notify, result, t('listsDeletedCount', result.count));
}

/** The sentence the delete confirmation shows: what happens to the records that point at these. */
export async function describeDeletion(table: ListTable, ids: readonly number[]): Promise<string> {
  const impact = await deletionImpact(db, table, ids);
  if (table === 'contacts') return t('listsDeleteContactsEffect', impact.units, impact.logEntries);
  if (table === 'units') return t('listsDeleteUnitsEffect', impact.resources, impact.logEntries);
  return t('listsDeleteResourcesEffect', impact.units);
}
