/**
 * Import and export at scale, in Node, through the code the options page runs,
 * with fake-indexeddb standing in for the browser's IndexedDB (a pure-JS
 * implementation: its costs approximate Chromium's, they do not reproduce them).
 *
 * Import, budget 1.5 s for 10,000 CSV rows, timed from the file's bytes to the
 * committed transaction: decodeText → detectCsvKind → the csv-formats parse
 * function → previewImport (duplicate check or reference resolution against
 * the database) → commitImport (one transaction). That is what ImportView does
 * between choosing a file and "Imported n rows" (with a progress listener on
 * the commit, updated every COMMIT_CHUNK rows), minus rendering the preview
 * (contacts go through parseAnyContactsCsv, which reads our own format with
 * parseContactsCsv, as ImportView does).
 *   - contacts: 10,000 rows (1 in 200 with a bad role) into an empty library;
 *   - units then resources: 500 unit rows naming their teachers, then 9,500
 *     resource rows naming their units, into a library holding the teachers.
 * The CSV files are written by the app's own exporter from generated records.
 *
 * Export, budget 1 s, of a 50,000-record library (5,000 contacts, 1,000 units,
 * 14,000 resources, 30,000 log entries): exportBackup + JSON.stringify (the
 * backup download), and reading the tables + the three CSV exporters (the
 * export buttons; 20,000 records, the log has no CSV export).
 *
 * Each import runs RUNS times, each on a fresh database; the exports share one.
 * The median wall-clock time is held against the budget; the first (cold) run
 * and the process CPU time are shown beside it (CPU time is what the work
 * costs when other processes compete for the machine).
 */
import 'fake-indexeddb/auto';
import { COMMIT_CHUNK, commitImport, previewImport, type Importable } from '../../src/db/import';
import { exportBackup } from '../../src/db/backup';
import { openDb, type LiaisonDB } from '../../src/db/schema';
import { contactsToCsv, resourcesToCsv, unitsToCsv } from '../../src/io/csv-export';
import { parseAnyContactsCsv } from '../../src/io/contacts-csv';
import { detectCsvKind, parseResourcesCsv, parseUnitsCsv } from '../../src/io/csv-formats';
import { decodeText } from '../../src/io/text';
import { benchLibrary } from './dataset';
import type { BenchRow } from './types';

const RUNS = 3;
const IMPORT_BUDGET_MS = 1500;
const EXPORT_BUDGET_MS = 1000;
const now = new Date(2026, 10, 16, 10, 0);

let dbCount = 0;
const freshDb = () => openDb(`bench-${process.pid}-${dbCount++}`);
async function drop(db: LiaisonDB): Promise<void> {
  db.close();
  await db.delete();
}

interface Timing<T> {
  wall: number[];
  cpu: number[];
  result: T;
}

/** Runs `once` RUNS times; wall-clock and process CPU time of each run (CPU shows what other processes on the machine add). */
async function runs<T>(once: () => Promise<{ timed: () => Promise<T>; after?: () => Promise<void> }>): Promise<Timing<T>> {
  const out: Timing<T> = { wall: [], cpu: [], result: undefined as T };
  for (let i = 0; i < RUNS; i++) {
    const { timed, after } = await once();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out.result = await timed();
    out.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    out.cpu.push((c.user + c.system) / 1000);
    await after?.();
  }
  return out;
}

/** One file through the import path; returns rows written. Throws if preview and commit disagree (the benchmark would be meaningless). */
async function importFile(db: LiaisonDB, bytes: Uint8Array, expect: Importable['kind']): Promise<{ written: number; bad: number }> {
  const text = decodeText(bytes);
  const kind = detectCsvKind(text);
  if (kind !== expect) throw new Error(`bench CSV read as ${kind}, expected ${expect}`);
  const item: Importable =
    kind === 'contacts'
      ? { kind, result: parseAnyContactsCsv(text, now).result }
      : kind === 'units'
        ? { kind, result: parseUnitsCsv(text, now) }
        : { kind: 'resources', result: parseResourcesCsv(text, now) };
  const preview = await previewImport(db, item);
  if (preview.fatal) throw new Error(`bench CSV refused: ${preview.fatal}`);
  // With a progress listener, as ImportView calls it (the bar is updated after every chunk).
  let updates = 0;
  const written = await commitImport(db, item, preview.good, 'skip', () => updates++);
  if (written > 0 && updates !== Math.ceil(written / COMMIT_CHUNK)) throw new Error(`import of ${expect}: ${updates} progress updates for ${written} rows`);
  if (written !== preview.good || preview.good + preview.errors.length !== preview.total) {
    throw new Error(`import of ${expect}: preview said ${preview.good} good of ${preview.total}, ${preview.errors.length} errors, commit wrote ${written}`);
  }
  return { written, bad: preview.errors.length };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (t: Timing<unknown>) =>
  `median ${median(t.wall).toFixed(0)} ms (CPU ${median(t.cpu).toFixed(0)} ms), first (cold) ${t.wall[0]!.toFixed(0)} ms, ${RUNS} runs`;

export async function benchImport(): Promise<BenchRow[]> {
  const lib = benchLibrary(now, { contacts: 10_000, units: 500, resources: 9_500, interactions: 0 });

  // Contacts: every 200th row gets a role the format does not know.
  const contactLines = contactsToCsv(lib.contacts.map(({ id: _id, lastInteractionAt: _l, ...c }) => c)).split('\r\n');
  const contactsCsv = utf8(contactLines.map((l, i) => (i > 0 && i % 200 === 0 ? l.replace(/,(teacher|specialist|administrator|parent|public-librarian|community-partner),/, ',principle,') : l)).join('\r\n'));
  const contacts = await runs(async () => {
    const db = freshDb();
    return { timed: () => importFile(db, contactsCsv, 'contacts'), after: () => drop(db) };
  });

  const unitsCsv = utf8(unitsToCsv(lib.units, lib.contacts));
  const resourcesCsv = utf8(resourcesToCsv(lib.resources, lib.units));
  const rowsOf = (b: Uint8Array) => decodeText(b).split('\r\n').filter(Boolean).length - 1;
  const unitRows = rowsOf(unitsCsv);
  const resourceRows = rowsOf(resourcesCsv);
  const unitsAndResources = await runs(async () => {
    const db = freshDb();
    await db.contacts.bulkAdd(lib.contacts);
    return {
      timed: async () => {
        const u = await importFile(db, unitsCsv, 'units');
        const r = await importFile(db, resourcesCsv, 'resources');
        return { written: u.written + r.written, bad: u.bad + r.bad };
      },
      after: () => drop(db),
    };
  });

  // Exports only read: one database serves every run.
  const big = benchLibrary(now, { contacts: 5_000, units: 1_000, resources: 14_000, interactions: 30_000 });
  const records = big.contacts.length + big.units.length + big.resources.length + big.interactions.length;
  const db = freshDb();
  await db.transaction('rw', [db.contacts, db.units, db.resources, db.interactions], async () => {
    await db.contacts.bulkAdd(big.contacts);
    await db.units.bulkAdd(big.units);
    await db.resources.bulkAdd(big.resources);
    await db.interactions.bulkAdd(big.interactions);
  });
  const backup = await runs(async () => ({ timed: async () => JSON.stringify(await exportBackup(db, now)).length }));
  const csv = await runs(async () => ({
    timed: async () => {
      const [c, u, r] = await Promise.all([db.contacts.toArray(), db.units.toArray(), db.resources.toArray()]);
      return contactsToCsv(c).length + unitsToCsv(u, c).length + resourcesToCsv(r, u).length;
    },
  }));
  await drop(db);

  return [
    {
      name: `import: contacts CSV, ${(contactLines.length - 2).toLocaleString('en-US')} rows (parse, preview, commit)`,
      budget: '< 1.5 s',
      measured: `${fmt(contacts)}; ${contacts.result.written.toLocaleString('en-US')} written, ${contacts.result.bad} bad rows listed`,
      ok: median(contacts.wall) < IMPORT_BUDGET_MS,
    },
    {
      name: `import: units ${unitRows} + resources ${resourceRows.toLocaleString('en-US')} CSV rows (names resolved)`,
      budget: '< 1.5 s',
      measured: `${fmt(unitsAndResources)}; ${unitsAndResources.result.written.toLocaleString('en-US')} written, ${unitsAndResources.result.bad} bad`,
      ok: median(unitsAndResources.wall) < IMPORT_BUDGET_MS,
    },
    {
      name: `export: JSON backup of ${records.toLocaleString('en-US')} records (exportBackup + JSON.stringify)`,
      budget: '< 1 s',
      measured: `${fmt(backup)}; ${(backup.result / 1e6).toFixed(1)} MB`,
      ok: median(backup.wall) < EXPORT_BUDGET_MS,
    },
    {
      name: `export: CSV of contacts, units, resources (${(big.contacts.length + big.units.length + big.resources.length).toLocaleString('en-US')} records, read + write)`,
      budget: '< 1 s',
      measured: `${fmt(csv)}; ${(csv.result / 1e6).toFixed(1)} MB`,
      ok: median(csv.wall) < EXPORT_BUDGET_MS,
    },
  ];
}
