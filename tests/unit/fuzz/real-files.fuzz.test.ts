/**
 * Real exports written by others (../shared/external, see its MANIFEST.md),
 * damaged at random: cut short, bytes flipped, re-encoded, lines doubled. They
 * carry the quirks no generator thinks of (Outlook zones, broken soft breaks,
 * Cyrillic MARC-8 mislabels). Read in place; skipped with a message when absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseIcs } from '../../../src/io/ics-import';
import { readImportFile } from '../../../src/io/import-file';
import { decodeText } from '../../../src/io/text';
import {
  ENCODINGS,
  NOW,
  RUNS,
  applyAll,
  byteMutations,
  encode,
  expectValidContact,
  expectValidResourceDraft,
  expectValidUnitDraft,
  expectWellFormedResult,
  mutateBytes,
  mutations,
} from './support';

const EXTERNAL = join(process.cwd(), '../shared/external');
const present = existsSync(EXTERNAL);
if (!present) console.warn(`real-files fuzz: ${EXTERNAL} is absent; these tests are skipped`);

/** Files of a folder with one of the extensions; a large file contributes a window of it, to keep each run short. */
function seeds(folder: string, exts: RegExp): { name: string; bytes: Uint8Array }[] {
  const dir = join(EXTERNAL, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => exts.test(f))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

const WINDOW = 6_000;
/** A slice of at most WINDOW bytes starting at a fraction of the file (binary formats are cut on purpose, too). */
const window = (bytes: Uint8Array, at: number) => (bytes.length <= WINDOW ? bytes : bytes.subarray(Math.floor(at * (bytes.length - WINDOW)), Math.floor(at * (bytes.length - WINDOW)) + WINDOW));

function checkImport(name: string, bytes: Uint8Array): void {
  for (const kind of ['auto', 'contacts', 'units', 'resources'] as const) {
    const { item } = readImportFile(kind, name, bytes, NOW);
    if (item.kind === 'contacts') expectWellFormedResult(item.result, expectValidContact);
    else if (item.kind === 'units') expectWellFormedResult(item.result, expectValidUnitDraft);
    else expectWellFormedResult(item.result, expectValidResourceDraft);
  }
}

describe.skipIf(!present)('real files, damaged', () => {
  const importable = [...seeds('contacts', /\.(csv|vcf)$/), ...seeds('bibliographic', /\.(bib|mrc|xml)$/)];
  const calendars = seeds('ics', /\.ics$/);

  it('contacts, catalogue and BibTeX exports: bytes flipped, cut or inserted, never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...importable), fc.double({ min: 0, max: 1, noNaN: true }), byteMutations, (seed, at, ms) => {
        checkImport(seed.name, mutateBytes(window(seed.bytes, at), ms));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('the same files as text: damaged, re-encoded (UTF-16, BOM, Latin-1), never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...importable.filter((s) => !/\.mrc$/.test(s.name))), fc.double({ min: 0, max: 1, noNaN: true }), mutations, fc.constantFrom(...ENCODINGS), (seed, at, ms, enc) => {
        checkImport(seed.name, encode(applyAll(decodeText(window(seed.bytes, at)), ms), enc));
      }),
      { numRuns: RUNS.quick },
    );
  });

  it('calendars: damaged text, never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendars), fc.double({ min: 0, max: 1, noNaN: true }), mutations, (seed, at, ms) => {
        const r = parseIcs(applyAll(decodeText(window(seed.bytes, at)), ms), { from: '2019-01-01', to: '2027-12-31', timeZone: 'America/Chicago' });
        for (const e of r.events) if (!(e.start <= e.end)) throw new Error(`event ${e.uid} ends before it starts`);
      }),
      { numRuns: RUNS.heavy },
    );
  });
});
