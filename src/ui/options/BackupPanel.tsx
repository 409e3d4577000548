import { useState } from 'preact/hooks';
import { exportBackup, restoreBackup } from '../../db/backup';
import { parseBackup, type BackupFile } from '../../io/backup';
import { toIsoDate } from '../../core/dates';
import { decodeText } from '../../io/vcard';
import { changed, db, now } from './data';
import { download } from './ExportPanel';
import { readBytes } from './ImportView';
import type { Notify } from './OptionsApp';

/** The whole library as one JSON file, and back. Restore checks the entire file before touching anything. */
export function BackupPanel({ notify }: { notify: Notify }) {
  const [pending, setPending] = useState<{ name: string; backup: BackupFile; migratedFrom?: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const backup = await exportBackup(db, now());
    download(`library-liaison-backup-${toIsoDate(now())}.json`, JSON.stringify(backup), 'application/json');
    notify({ message: 'Backup saved to your downloads.' });
  };

  const choose = async (file: File | undefined) => {
    setError(null);
    setPending(null);
    if (!file) return;
    try {
      const parsed = parseBackup(decodeText(await readBytes(file)));
      if (!parsed.ok) setError(`${file.name} cannot be restored: ${parsed.error} Nothing was changed.`);
      else setPending({ name: file.name, backup: parsed.backup, migratedFrom: parsed.migratedFrom });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const restore = async (mode: 'replace' | 'merge') => {
    if (!pending) return;
    if (mode === 'replace' && !confirm('Replace everything in your library with this backup? What is stored now will be deleted.')) return;
    setBusy(true);
    try {
      const s = await restoreBackup(db, pending.backup, mode);
      await changed();
      notify({ message: `${mode === 'replace' ? 'Restored' : 'Merged'}: ${s.contacts} contacts, ${s.units} units, ${s.resources} resources, ${s.interactions} log entries.` });
      setPending(null);
    } catch (e) {
      setError(`The restore failed and nothing was changed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const d = pending?.backup.data;
  return (
    <div class="card" style={{ marginTop: '16px' }}>
      <h2>Backup and restore</h2>
      <p class="small muted">Everything — contacts, units, resources, the log, reminders and settings — in one file. Keep a copy somewhere safe before a new computer or a browser reset.</p>
      <div class="row">
        <button type="button" data-testid="backup-save" onClick={() => void save()}>
          Download a backup
        </button>
        <label class="row" style={{ fontWeight: 400, margin: 0 }}>
          Restore from a file:
          <input type="file" data-testid="backup-file" accept=".json,application/json" style={{ width: 'auto' }} onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pending && d && (
        <div data-testid="backup-preview">
          <p>
            {pending.name}, made {pending.backup.exportedAt.slice(0, 10)}: {d.contacts.length} contacts, {d.units.length} units, {d.resources.length} resources, {d.interactions.length} log entries.
            {pending.migratedFrom !== undefined && ` (Written by an older version, format ${pending.migratedFrom}; it was upgraded.)`}
          </p>
          <div class="row">
            <button type="button" class="danger" disabled={busy} data-testid="backup-replace" onClick={() => void restore('replace')}>
              Replace my library with it
            </button>
            <button type="button" disabled={busy} onClick={() => void restore('merge')}>
              Add what is missing
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
