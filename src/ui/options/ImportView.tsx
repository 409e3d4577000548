import { useState } from 'preact/hooks';
import type { Mapping } from '../../io/contacts-csv';
import { readImportFile, type ImportKind as Kind } from '../../io/import-file';
import { MAX_IMPORT_BYTES, type RowError } from '../../io/types';
import { commitImport, previewImport, type DuplicatePolicy, type Importable } from '../../db/import';
import { loadSampleSchool, NotEmptyError } from '../../db/sample';
import { getSettings } from '../../db/settings';
import { buildSampleSchool } from '../../sample/school';
import { useLive } from '../hooks';
import { changed, db, now } from './data';
import type { Notify } from './OptionsApp';
import { ExportPanel } from './ExportPanel';
import { BackupPanel } from './BackupPanel';


interface Preview {
  fileName: string;
  item: Importable;
  good: number;
  total: number;
  errors: RowError[];
  fatal?: string;
  duplicates: number;
  /** How the columns of someone else's contacts export were read. */
  mapping?: Mapping;
  source?: string;
}

/** Reads a File's bytes; refuses huge files before reading them. */
export async function readBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB. Split it into smaller files.`);
  return new Uint8Array(await file.arrayBuffer());
}

export function ImportView({ notify }: { notify: Notify }) {
  const settings = useLive(() => getSettings(db));
  const counts = useLive(() => Promise.all([db.contacts.count(), db.units.count(), db.resources.count(), db.interactions.count()]));
  const [kind, setKind] = useState<Kind>('auto');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setStatus(null);
    if (!file) return;
    setBusy(true);
    try {
      const bytes = await readBytes(file);
      const { item, mapping, source } = readImportFile(kind, file.name, bytes, now());
      const p = await previewImport(db, item);
      setPreview({ fileName: file.name, item, mapping, source, ...p });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const n = await commitImport(db, preview.item, preview.good, policy);
      await changed();
      setStatus(`Imported ${n} ${preview.item.kind} from ${preview.fileName}${preview.duplicates && policy === 'skip' ? ` (${preview.duplicates} already in your contacts were skipped)` : ''}.`);
      setPreview(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const loadSample = async (replace: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await loadSampleSchool(db, buildSampleSchool(now()), { replace });
      await changed();
      setStatus('The sample school is loaded. Look around: contacts, units, the log, and the toolbar badge.');
    } catch (e) {
      if (e instanceof NotEmptyError) setError(e.message);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const empty = counts?.every((n) => n === 0);

  return (
    <section aria-labelledby="h-import">
      <h1 id="h-import">Import & export</h1>
      <div class="card" style={{ marginBottom: '16px' }}>
        <h2>Sample school</h2>
        <p class="small muted">
          A fictional K-8 school with teachers, units, resources and a log, to try everything before you enter your own. It is only loaded into an empty library.
        </p>
        {settings?.sampleLoaded && (
          <p data-testid="sample-loaded" class="status-ok">
            The sample school is loaded.
          </p>
        )}
        <div class="row">
          <button type="button" data-testid="load-sample" disabled={busy || !empty} onClick={() => void loadSample(false)}>
            Load sample school
          </button>
          {!empty && (
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => {
                if (confirm('Replace everything in your library with the sample school? Your own records will be deleted. Download a backup first if you may want them back.')) void loadSample(true);
              }}
            >
              Replace my data with the sample school…
            </button>
          )}
        </div>
      </div>

      <div class="card">
        <h2>Import a file</h2>
        <p class="small muted">Contacts from a spreadsheet, Google Contacts, Outlook or LinkedIn (CSV) or an address book (vCard); units and resources from CSV; resources from your catalogue (MARC 21, MARCXML) or a reference manager (BibTeX).</p>
        <div class="toolbar">
          <div>
            <label for="imp-kind">The file holds</label>
            <select id="imp-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind)}>
              <option value="auto">Detect from the header</option>
              <option value="contacts">Contacts</option>
              <option value="units">Units</option>
              <option value="resources">Resources</option>
            </select>
          </div>
          <div class="grow">
            <label for="imp-file">File</label>
            <input id="imp-file" data-testid="import-file" type="file" accept=".csv,.tsv,.txt,.vcf,.vcard,.mrc,.marc,.xml,.bib,text/csv,text/plain,text/vcard" disabled={busy} onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
          </div>
        </div>
        {busy && <progress aria-label="Working" />}
        {error && (
          <p class="error" role="alert" data-testid="import-error">
            {error}
          </p>
        )}
        {status && (
          <p class="status-ok" role="status" data-testid="import-status">
            {status}
          </p>
        )}
        {preview && (
          <div data-testid="import-preview">
            {preview.fatal ? (
              <p class="error" role="alert">
                {preview.fileName}: {preview.fatal} Nothing was imported.
              </p>
            ) : (
              <>
                {preview.source && (
                  <p class="small muted">
                    Read as {preview.source}.
                    {preview.mapping && ` Name from ${preview.mapping.name ?? preview.mapping.nameParts.join(' + ')}${preview.mapping.email.length ? `, email from ${preview.mapping.email.join(' / ')}` : ''}${preview.mapping.role ? `, role from ${preview.mapping.role}` : ''}.`}
                  </p>
                )}
                <p>
                  {preview.fileName}: <strong>{preview.good}</strong> of {preview.total} {preview.item.kind} rows are ready to import.
                  {preview.errors.length > 0 && ` ${preview.errors.length} problem${preview.errors.length === 1 ? '' : 's'} found:`}
                </p>
                {preview.errors.length > 0 && (
                  <div class="errors">
                    <table data-testid="import-errors">
                      <thead>
                        <tr>
                          <th scope="col">Line</th>
                          <th scope="col">Column</th>
                          <th scope="col">Problem</th>
                        </tr>
                      </thead>
                      <tbody>
                        {preview.errors.slice(0, 500).map((e, i) => (
                          <tr key={i}>
                            <td>{e.line}</td>
                            <td>{e.field ?? ''}</td>
                            <td>{e.message}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {preview.duplicates > 0 && (
                  <fieldset class="small">
                    <legend>
                      {preview.duplicates} of these {preview.duplicates === 1 ? 'is' : 'are'} already in your contacts (same email, or same name and role):
                    </legend>
                    {(
                      [
                        ['skip', 'Skip them'],
                        ['merge', 'Merge: fill in what is missing'],
                        ['keep-both', 'Keep both'],
                      ] as const
                    ).map(([value, label]) => (
                      <label key={value} class="row" style={{ fontWeight: 400 }}>
                        <input type="radio" name="dup" style={{ width: 'auto' }} checked={policy === value} onChange={() => setPolicy(value)} />
                        {label}
                      </label>
                    ))}
                  </fieldset>
                )}
                <div class="row" style={{ marginTop: '8px' }}>
                  <button type="button" class="primary" data-testid="import-accept" disabled={busy || preview.good === 0} onClick={() => void accept()}>
                    {preview.errors.length ? `Import the ${preview.good} good rows` : `Import ${preview.good} rows`}
                  </button>
                  <button type="button" onClick={() => setPreview(null)}>
                    Cancel
                  </button>
                </div>
                {preview.errors.length > 0 && <p class="small muted">Or fix the file and choose it again: nothing is stored until you import.</p>}
              </>
            )}
          </div>
        )}
        <details style={{ marginTop: '12px' }}>
          <summary>CSV formats</summary>
          <ul class="small">
            <li>
              Contacts: <code>name,role,email,subjects,grades,organization,check_in_days,notes</code>
            </li>
            <li>
              Units: <code>title,subject,grades,start,end,teachers,keywords,standards,description</code>
            </li>
            <li>
              Resources: <code>title,kind,url,author,call_number,subjects,grades,keywords,description,units</code>
            </li>
          </ul>
          <p class="small">
            Lists are separated by <code>;</code>. Grades are <code>K</code>, <code>1</code>–<code>12</code> or ranges like <code>3-5</code>. Dates are <code>YYYY-MM-DD</code>. Teachers are named by name or email, units by title. Import contacts first, then units, then resources.
          </p>
        </details>
      </div>
      <ExportPanel notify={notify} />
      <BackupPanel notify={notify} />
    </section>
  );
}
