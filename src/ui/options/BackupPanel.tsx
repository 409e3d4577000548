import { useEffect, useState } from 'preact/hooks';
import { backupStatus, dataCounts, exportBackup, recordBackup, restoreBackup, setBackupEveryDays, type DataCounts } from '../../db/backup';
import { wipeAll } from '../../db/library';
import { getSettings } from '../../db/settings';
import { DEFAULT_BACKUP_EVERY_DAYS, parseBackup, type BackupFile } from '../../io/backup';
import { toIsoDate } from '../../core/dates';
import { decodeText } from '../../io/vcard';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { changed, db, now } from './data';
import { download } from './ExportPanel';
import { errorText, readBytes } from './ImportView';
import type { Notify } from './OptionsApp';

/** Downloads a full backup and notes when, for the reminder. */
async function saveBackup(notify: Notify): Promise<void> {
  const backup = await exportBackup(db, now());
  download(`library-liaison-backup-${toIsoDate(now())}.json`, JSON.stringify(backup), 'application/json');
  await recordBackup(db, now());
  notify({ message: t('dataBackupSaved') });
}

const countsText = (c: DataCounts) => t('dataCounts', c.contacts, c.units, c.resources, c.interactions);

/** `2.4 MB`: storage sizes for people, not bytes. */
function size(bytes: number): string {
  if (bytes < 1024 * 1024) return t('dataSizeKb', Math.max(1, Math.round(bytes / 1024)));
  if (bytes < 1024 ** 3) return t('dataSizeMb', (bytes / 1024 ** 2).toFixed(1));
  return t('dataSizeGb', (bytes / 1024 ** 3).toFixed(1));
}

/** How much the library takes: the browser's estimate for the extension's origin, and the record counts. */
function StorageSize({ counts }: { counts: DataCounts | undefined }) {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    navigator.storage
      ?.estimate?.()
      .then(setEstimate)
      .catch(() => setEstimate(null));
  }, [counts]);
  return (
    <p class="small" data-testid="storage-size">
      {counts && countsText(counts)}{' '}
      {estimate?.usage !== undefined && (estimate.quota ? t('dataStorageUsedOf', size(estimate.usage), size(estimate.quota)) : t('dataStorageUsed', size(estimate.usage)))}
    </p>
  );
}

/**
 * The reminder shown at the top of the options page when the last backup is older
 * than the librarian's setting (or there has never been one and the data is that old).
 */
export function BackupReminder({ notify }: { notify: Notify }) {
  const status = useLive(() => backupStatus(db, now()));
  if (!status?.due) return null;
  return (
    <div class="card no-print" role="region" aria-label={t('dataReminderLabel')} data-testid="backup-reminder" style={{ marginBottom: '12px', borderLeft: '4px solid var(--ll-warn)' }}>
      <p>{status.never ? t('dataReminderNever', status.days ?? 0) : t('dataReminderOld', status.days ?? 0)}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void saveBackup(notify).catch((e: unknown) => notify({ message: errorText(e) }))}>
          {t('dataBackupDownload')}
        </button>
        <a href="#/import">{t('dataReminderSettings')}</a>
      </div>
    </div>
  );
}

/** The whole library as one JSON file, and back. Restore checks the entire file before touching anything. */
export function BackupPanel({ notify }: { notify: Notify }) {
  const [pending, setPending] = useState<{ name: string; backup: BackupFile; migratedFrom?: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settings = useLive(() => getSettings(db));
  const counts = useLive(() => dataCounts(db));
  const everyDays = settings?.backups?.everyDays ?? DEFAULT_BACKUP_EVERY_DAYS;
  const lastAt = settings?.backups?.lastAt;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    try {
      const parsed = parseBackup(decodeText(await readBytes(file)));
      if (!parsed.ok) setError(t('dataRestoreRefused', file.name, parsed.error));
      else setPending({ name: file.name, backup: parsed.backup, migratedFrom: parsed.migratedFrom });
    } catch (e) {
      setError(errorText(e));
    }
  };

  /** The warning before anything is deleted for good: what goes, and when the last backup was. */
  const lossWarning = () => (counts ? countsText(counts) : '') + ' ' + (lastAt ? t('dataLastBackup', lastAt.slice(0, 10)) : t('dataNoBackupYet'));

  const restore = (mode: 'replace' | 'merge') =>
    run(async () => {
      if (!pending) return;
      if (mode === 'replace' && !confirm(t('dataRestoreReplaceConfirm', lossWarning()))) return;
      const s = await restoreBackup(db, pending.backup, mode);
      await changed();
      notify({ message: mode === 'replace' ? t('dataRestored', countsText(s)) : t('dataMerged', countsText(s)) });
      setPending(null);
    });

  const wipe = () =>
    run(async () => {
      if (!confirm(t('dataWipeConfirm', lossWarning()))) return;
      await wipeAll(db);
      await changed();
      notify({ message: t('dataWiped') });
    });

  const d = pending?.backup.data;
  return (
    <div class="card" style={{ marginTop: '16px' }}>
      <h2>{t('dataBackupHeading')}</h2>
      <p class="small muted">{t('dataBackupIntro')}</p>
      <div class="row">
        <button type="button" data-testid="backup-save" disabled={busy} onClick={() => void run(() => saveBackup(notify))}>
          {t('dataBackupDownload')}
        </button>
        <label class="row" style={{ fontWeight: 400, margin: 0 }}>
          {t('dataRestoreFrom')}
          <input type="file" data-testid="backup-file" accept=".json,application/json" style={{ width: 'auto' }} onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      <p class="small muted" data-testid="backup-last">
        {lastAt ? t('dataLastBackup', lastAt.slice(0, 10)) : t('dataNoBackupYet')}
      </p>
      <label for="backup-every">{t('dataBackupEveryLabel')}</label>
      <input
        id="backup-every"
        data-testid="backup-every"
        type="number"
        min={0}
        max={365}
        style={{ width: '100px' }}
        value={everyDays}
        aria-describedby="backup-every-help"
        onChange={(e) => void run(() => setBackupEveryDays(db, Number((e.target as HTMLInputElement).value) || 0))}
      />
      <p id="backup-every-help" class="small muted">
        {t('dataBackupEveryHelp')}
      </p>
      {error && (
        <p class="error" role="alert" data-testid="backup-error">
          {error}
        </p>
      )}
      {pending && d && (
        <div data-testid="backup-preview">
          <p>
            {t('dataRestorePreview', pending.name, pending.backup.exportedAt.slice(0, 10), countsText({ contacts: d.contacts.length, units: d.units.length, resources: d.resources.length, interactions: d.interactions.length }))}
            {pending.migratedFrom !== undefined && ` ${t('dataRestoreMigrated', pending.migratedFrom)}`}
          </p>
          <div class="row">
            <button type="button" class="danger" disabled={busy} data-testid="backup-replace" onClick={() => void restore('replace')}>
              {t('dataRestoreReplace')}
            </button>
            <button type="button" disabled={busy} data-testid="backup-merge" onClick={() => void restore('merge')}>
              {t('dataRestoreMerge')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('dataCancel')}
            </button>
          </div>
        </div>
      )}
      <h3 style={{ marginTop: '12px' }}>{t('dataStorageHeading')}</h3>
      <StorageSize counts={counts} />
      <button type="button" class="danger" disabled={busy} data-testid="wipe-all" onClick={() => void wipe()}>
        {t('dataWipe')}
      </button>
    </div>
  );
}
