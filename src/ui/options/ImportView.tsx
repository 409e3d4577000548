import { useState } from 'preact/hooks';
import type { Contact, Stored, Unit } from '../../core/types';
import { parseAnyContactsCsv, type Mapping } from '../../io/contacts-csv';
import { detectCsvKind, parseResourcesCsv, parseUnitsCsv, type ResourceDraft } from '../../io/csv-formats';
import { nameKey } from '../../io/fields';
import { readImportFile, type ImportKind as Kind } from '../../io/import-file';
import { pickFromCatalogue, parseStandardsFile, type StandardEntry, type StandardsFile } from '../../io/standards';
import { normaliseNewlines, stripBom } from '../../io/text';
import { MAX_IMPORT_BYTES, type ImportResult, type RowError } from '../../io/types';
import { decodeText } from '../../io/vcard';
import { commitImport, ImportAbortedError, previewImport, type DuplicatePolicy, type Importable } from '../../db/import';
import { StorageFullError } from '../../db/errors';
import { loadSampleSchool, NotEmptyError } from '../../db/sample';
import { getSettings } from '../../db/settings';
import { commitStandards, previewStandards, StandardsUnitGoneError, type StandardsPreview } from '../../db/standards';
import { buildSampleSchool } from '../../sample/school';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { changed, db, now } from './data';
import type { Notify } from './OptionsApp';
import { ExportPanel } from './ExportPanel';
import { BackupPanel } from './BackupPanel';
import { SharePackPanel } from './SharePackPanel';

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

/** What the progress bar shows: reading the file, checking it against the library, or writing. */
interface Progress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

/** Reads a File's bytes; refuses huge files before reading them. */
export async function readBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(t('dataFileTooLarge', file.name, (file.size / 1048576).toFixed(1), MAX_IMPORT_BYTES / 1048576));
  return new Uint8Array(await file.arrayBuffer());
}

/** A failure as a sentence; a full disk gets the one message the librarian can act on. */
export function errorText(e: unknown): string {
  if (e instanceof StorageFullError) return t('dataStorageFull');
  if (e instanceof ImportAbortedError) {
    const first = e.errors[0];
    return first ? t('dataImportAborted', e.errors.length, first.line, first.message) : t('dataImportAbortedChanged');
  }
  if (e instanceof StandardsUnitGoneError) return t('dataStandardsUnitGone', e.title);
  return e instanceof Error ? e.message : String(e);
}

/** Data rows parsed between two pauses: small enough that the page stays responsive. */
export const PARSE_CHUNK_ROWS = 2000;

/** Lets the page paint and answer input between chunks of work. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Offsets just after every `rows`-th line end outside double quotes (a quoted cell may hold line breaks). */
function rowCuts(text: string, from: number, rows: number): number[] {
  const cuts: number[] = [];
  let quoted = false;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted && ++n === rows) {
      cuts.push(i + 1);
      n = 0;
    }
  }
  return cuts;
}

/** The keys under which two rows are the same record: the ones each CSV format uses within one file. */
function identityKeys(item: Importable, record: unknown): { key: string; why: string }[] {
  if (item.kind === 'contacts') {
    const c = record as Contact;
    const keys = [{ key: `name:${nameKey(c.name)}|${c.role}`, why: t('dataSameNameRole') }];
    if (c.email) keys.unshift({ key: `email:${c.email.toLowerCase()}`, why: t('dataSameEmail') });
    return keys;
  }
  if (item.kind === 'units') {
    const u = record as Unit;
    return [{ key: `${nameKey(u.title)}|${u.start ?? ''}|${u.end ?? ''}`, why: t('dataSameTitleDates') }];
  }
  const x = record as ResourceDraft;
  return [{ key: [x.title, x.kind, x.author ?? '', x.callNumber ?? '', x.url ?? ''].map(nameKey).join('|'), why: t('dataSameResource') }];
}

/**
 * Reads a file like `readImportFile`, but a long CSV is parsed {@link PARSE_CHUNK_ROWS}
 * rows at a time with a pause between chunks, so the page keeps painting the progress
 * bar. Each chunk after the first is parsed with the header in front; line numbers are
 * shifted back to the file's, and duplicates across chunks are found afterwards with
 * the same keys the formats use inside one chunk. Files with a preamble before the
 * header (LinkedIn), vCards, MARC and BibTeX are read in one go.
 */
export async function readImportFileChunked(
  kind: Kind,
  fileName: string,
  bytes: Uint8Array,
  when: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<ReturnType<typeof readImportFile>> {
  const text = normaliseNewlines(stripBom(decodeText(bytes)));
  const headerStart = text.search(/\S/);
  const headerEnd = text.indexOf('\n', Math.max(0, headerStart));
  const csvLike = !/\.(vcf|vcard|mrc|marc|xml|bib)$/i.test(fileName) && !/^\s*(BEGIN:VCARD|@\w+\s*\{)/i.test(text.slice(0, 200));
  const header = headerStart >= 0 && headerEnd > 0 ? text.slice(headerStart, headerEnd) : '';
  const detected = detectCsvKind(text);
  const cuts = csvLike && header && detectCsvKind(header) === detected && detected !== 'linkedin-contacts' && detected !== 'unknown' ? rowCuts(text, headerEnd + 1, PARSE_CHUNK_ROWS) : [];
  if (cuts.length < 2) return readImportFile(kind, fileName, bytes, when);

  const bounds = [0, ...cuts, text.length];
  const first = readImportFile(kind, fileName, new TextEncoder().encode(text.slice(0, cuts[0])), when);
  const { item } = first;
  if (item.result.fatal) return first;
  const parse = (chunk: string): ImportResult<unknown> =>
    item.kind === 'units' ? parseUnitsCsv(chunk, when) : item.kind === 'resources' ? parseResourcesCsv(chunk, when) : parseAnyContactsCsv(chunk, when).result;
  const rows: ImportResult<unknown>['rows'] = [...item.result.rows];
  const errors: RowError[] = [...item.result.errors];
  let total = item.result.total;
  let linesBefore = text.slice(0, cuts[0]).split('\n').length - 1;
  onProgress?.(cuts[0]!, text.length);
  for (let i = 1; i < bounds.length - 1; i++) {
    await yieldToPage();
    const body = text.slice(bounds[i], bounds[i + 1]);
    // In the chunk the header is line 1 and the first row line 2; in the file that row is on linesBefore + 1.
    const shift = linesBefore - 1;
    const r = parse(`${header}\n${body}`);
    for (const row of r.rows) rows.push({ ...row, line: row.line + shift });
    for (const e of r.errors) errors.push({ ...e, line: e.line + shift });
    total += r.total;
    linesBefore += body.split('\n').length - 1;
    onProgress?.(bounds[i + 1]!, text.length);
  }
  const seen = new Map<string, number>();
  const kept = rows.filter((row) => {
    const keys = identityKeys(item, row.record);
    const dup = keys.find((k) => seen.has(k.key));
    if (dup) {
      errors.push({ line: row.line, message: t('dataDuplicateOfLine', seen.get(dup.key)!, dup.why) });
      return false;
    }
    for (const k of keys) seen.set(k.key, row.line);
    return true;
  });
  errors.sort((a, b) => a.line - b.line);
  return { ...first, item: { kind: item.kind, result: { rows: kept, errors, total } } as Importable };
}

/** The bar and its words; a `<progress>` is a progressbar to assistive technology, with its value. */
function ProgressBar({ progress }: { progress: Progress }) {
  const label = t(progress.phase === 'reading' ? 'dataProgressReading' : progress.phase === 'checking' ? 'dataProgressChecking' : 'dataProgressWriting');
  const pct = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;
  return (
    <div data-testid="import-progress">
      <label for="imp-progress" class="small">
        {label} {pct !== undefined && t('dataProgressPercent', pct)}
      </label>
      {pct === undefined ? <progress id="imp-progress" /> : <progress id="imp-progress" max={100} value={pct} aria-valuetext={t('dataProgressPercent', pct)} />}
    </div>
  );
}

function ErrorTable({ errors, testid }: { errors: RowError[]; testid: string }) {
  return (
    <div class="errors">
      <table data-testid={testid}>
        <thead>
          <tr>
            <th scope="col">{t('dataColLine')}</th>
            <th scope="col">{t('dataColColumn')}</th>
            <th scope="col">{t('dataColProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, 500).map((e, i) => (
            <tr key={i}>
              <td>{e.line}</td>
              <td>{e.field ?? ''}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function kindLabel(kind: Importable['kind']): string {
  return t(kind === 'contacts' ? 'dataKindContacts' : kind === 'units' ? 'dataKindUnits' : 'dataKindResources');
}

/**
 * Standards for units: a links file (unit → codes) goes straight to the preview; a
 * catalogue (Common Standards Project …) first asks which unit and which codes.
 */
function StandardsImport({ notify }: { notify: Notify }) {
  const units = useLive(() => db.units.orderBy('title').toArray() as Promise<Stored<Unit>[]>);
  const [file, setFile] = useState<{ name: string; parsed: StandardsFile } | null>(null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [preview, setPreview] = useState<StandardsPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (f: File | undefined) => {
    setFile(null);
    setPreview(null);
    setError(null);
    if (!f) return;
    try {
      const parsed = parseStandardsFile(f.name, decodeText(await readBytes(f)));
      if (parsed.kind === 'refused') return setError(t('dataStandardsRefused', f.name, parsed.error));
      setFile({ name: f.name, parsed });
      if (parsed.kind === 'links') setPreview(await previewStandards(db, parsed.result));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const unit = units?.find((u) => u.id === unitId);
  const picked: StandardEntry[] = file?.parsed.kind === 'catalogue' && unit && query.trim() ? pickFromCatalogue(file.parsed.standards, unit, query) : [];
  const previewPicked = async () => {
    if (!unit) return;
    const links = { rows: [{ line: 1, record: { unit: `#${unit.id}`, codes: picked.map((s) => s.code) } }], errors: [], total: 1 };
    setPreview(await previewStandards(db, links));
  };

  const accept = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await commitStandards(db, preview.matches);
      await changed();
      notify({ message: t('dataStandardsDone', r.codes, r.units) });
      setPreview(null);
      setFile(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const adding = preview?.matches.filter((m) => m.added.length > 0) ?? [];
  return (
    <div class="card" style={{ marginTop: '16px' }} data-testid="standards-import">
      <h2>{t('dataStandardsHeading')}</h2>
      <p class="small muted">{t('dataStandardsIntro')}</p>
      <label for="std-file">{t('dataFile')}</label>
      <input id="std-file" data-testid="standards-file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {file?.parsed.kind === 'catalogue' && (
        <div data-testid="standards-catalogue">
          <p>{t('dataStandardsCatalogue', file.name, file.parsed.source, file.parsed.standards.length)}</p>
          <div class="toolbar">
            <div>
              <label for="std-unit">{t('dataStandardsUnit')}</label>
              <select id="std-unit" value={unitId ?? ''} onChange={(e) => setUnitId(Number((e.target as HTMLSelectElement).value) || null)}>
                <option value="">{t('dataStandardsChooseUnit')}</option>
                {units?.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.title}
                  </option>
                ))}
              </select>
            </div>
            <div class="grow">
              <label for="std-query">{t('dataStandardsQuery')}</label>
              <input id="std-query" value={query} placeholder={t('dataStandardsQueryPlaceholder')} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
            </div>
          </div>
          {unit && query.trim() && (
            <>
              <p class="small">{t('dataStandardsPicked', picked.length)}</p>
              <ul class="small">
                {picked.slice(0, 50).map((s) => (
                  <li key={s.code}>
                    <code>{s.code}</code> {s.statement}
                  </li>
                ))}
              </ul>
              <button type="button" disabled={picked.length === 0} onClick={() => void previewPicked()}>
                {t('dataStandardsUsePicked', picked.length)}
              </button>
            </>
          )}
        </div>
      )}
      {preview && (
        <div data-testid="standards-preview">
          <p>{t('dataStandardsPreview', adding.length, adding.reduce((n, m) => n + m.added.length, 0), preview.errors.length)}</p>
          {adding.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dataStandardsColUnit')}</th>
                  <th scope="col">{t('dataStandardsColCodes')}</th>
                </tr>
              </thead>
              <tbody>
                {adding.map((m) => (
                  <tr key={m.unitId}>
                    <td>{m.title}</td>
                    <td>{m.added.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.errors.length > 0 && <ErrorTable errors={preview.errors} testid="standards-errors" />}
          <div class="row" style={{ marginTop: '8px' }}>
            <button type="button" class="primary" data-testid="standards-accept" disabled={busy || adding.length === 0} onClick={() => void accept()}>
              {t('dataStandardsAccept')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('dataCancel')}
            </button>
          </div>
        </div>
      )}
      <details style={{ marginTop: '12px' }}>
        <summary>{t('dataStandardsFormats')}</summary>
        <p class="small">
          <code>unit,standards</code> {t('dataStandardsCsvHelp')}
        </p>
      </details>
    </div>
  );
}

export function ImportView({ notify }: { notify: Notify }) {
  const settings = useLive(() => getSettings(db));
  const counts = useLive(() => Promise.all([db.contacts.count(), db.units.count(), db.resources.count(), db.interactions.count()]));
  const [kind, setKind] = useState<Kind>('auto');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setStatus(null);
    if (!file) return;
    setBusy(true);
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      const bytes = await readBytes(file);
      await yieldToPage();
      const { item, mapping, source } = await readImportFileChunked(kind, file.name, bytes, now(), (done, total) => setProgress({ phase: 'reading', done, total }));
      setProgress({ phase: 'checking', done: 0, total: 0 });
      await yieldToPage();
      const p = await previewImport(db, item);
      setPreview({ fileName: file.name, item, mapping, source, ...p });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const accept = async () => {
    if (!preview) return;
    setBusy(true);
    setProgress({ phase: 'writing', done: 0, total: preview.good });
    try {
      const n = await commitImport(db, preview.item, preview.good, policy, (done, total) => setProgress({ phase: 'writing', done, total }));
      const skipped = preview.duplicates && policy === 'skip' ? ` ${t('dataImportedSkipped', preview.duplicates)}` : '';
      setStatus(t('dataImported', n, kindLabel(preview.item.kind), preview.fileName) + skipped);
      setPreview(null);
      // The rows are stored: say so first, then let the background refresh its badge and index.
      await changed();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const loadSample = async (replace: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await loadSampleSchool(db, buildSampleSchool(now()), { replace });
      await changed();
      setStatus(t('dataSampleDone'));
    } catch (e) {
      if (e instanceof NotEmptyError) setError(e.message);
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const empty = counts?.every((n) => n === 0);
  const mappingText = (m: Mapping) =>
    [t('dataMappingName', m.name ?? m.nameParts.join(' + ')), m.email.length ? t('dataMappingEmail', m.email.join(' / ')) : '', m.role ? t('dataMappingRole', m.role) : ''].filter(Boolean).join(', ');

  return (
    <section aria-labelledby="h-import">
      <h1 id="h-import">{t('dataImportTitle')}</h1>
      <div class="card" style={{ marginBottom: '16px' }}>
        <h2>{t('dataSampleHeading')}</h2>
        <p class="small muted">{t('dataSampleIntro')}</p>
        {settings?.sampleLoaded && (
          <p data-testid="sample-loaded" class="status-ok">
            {t('dataSampleLoaded')}
          </p>
        )}
        <div class="row">
          <button type="button" data-testid="load-sample" disabled={busy || !empty} onClick={() => void loadSample(false)}>
            {t('dataSampleLoad')}
          </button>
          {!empty && (
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => {
                if (confirm(t('dataSampleReplaceConfirm'))) void loadSample(true);
              }}
            >
              {t('dataSampleReplace')}
            </button>
          )}
        </div>
      </div>

      <div class="card">
        <h2>{t('dataImportHeading')}</h2>
        <p class="small muted">{t('dataImportIntro')}</p>
        <div class="toolbar">
          <div>
            <label for="imp-kind">{t('dataImportKindLabel')}</label>
            <select id="imp-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind)}>
              <option value="auto">{t('dataImportKindAuto')}</option>
              <option value="contacts">{t('dataKindContactsTitle')}</option>
              <option value="units">{t('dataKindUnitsTitle')}</option>
              <option value="resources">{t('dataKindResourcesTitle')}</option>
            </select>
          </div>
          <div class="grow">
            <label for="imp-file">{t('dataFile')}</label>
            <input id="imp-file" data-testid="import-file" type="file" accept=".csv,.tsv,.txt,.vcf,.vcard,.mrc,.marc,.xml,.bib,text/csv,text/plain,text/vcard" disabled={busy} onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
          </div>
        </div>
        {progress && <ProgressBar progress={progress} />}
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
                {t('dataImportFatal', preview.fileName, preview.fatal)}
              </p>
            ) : (
              <>
                {preview.source && (
                  <p class="small muted">
                    {t('dataReadAs', preview.source)}
                    {preview.mapping && ` ${mappingText(preview.mapping)}.`}
                  </p>
                )}
                <p>
                  {t('dataImportReady', preview.fileName, preview.good, preview.total, kindLabel(preview.item.kind))}
                  {preview.errors.length > 0 && ` ${t('dataImportProblems', preview.errors.length)}`}
                </p>
                {preview.errors.length > 0 && <ErrorTable errors={preview.errors} testid="import-errors" />}
                {preview.duplicates > 0 && (
                  <fieldset class="small">
                    <legend>{t('dataDuplicatesLegend', preview.duplicates)}</legend>
                    {(
                      [
                        ['skip', t('dataDupSkip')],
                        ['merge', t('dataDupMerge')],
                        ['keep-both', t('dataDupKeepBoth')],
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
                    {preview.errors.length ? t('dataImportGood', preview.good) : t('dataImportAll', preview.good)}
                  </button>
                  <button type="button" disabled={busy} onClick={() => setPreview(null)}>
                    {t('dataCancel')}
                  </button>
                </div>
                {preview.errors.length > 0 && <p class="small muted">{t('dataImportFixHint')}</p>}
              </>
            )}
          </div>
        )}
        <details style={{ marginTop: '12px' }}>
          <summary>{t('dataCsvFormats')}</summary>
          <ul class="small">
            <li>
              {t('dataKindContactsTitle')}: <code>name,role,email,subjects,grades,organization,check_in_days,notes</code>
            </li>
            <li>
              {t('dataKindUnitsTitle')}: <code>title,subject,grades,start,end,teachers,keywords,standards,description</code>
            </li>
            <li>
              {t('dataKindResourcesTitle')}: <code>title,kind,url,author,call_number,subjects,grades,keywords,description,units</code>
            </li>
          </ul>
          <p class="small">{t('dataCsvHelp')}</p>
        </details>
      </div>
      <StandardsImport notify={notify} />
      <ExportPanel notify={notify} />
      <SharePackPanel notify={notify} />
      <BackupPanel notify={notify} />
    </section>
  );
}
