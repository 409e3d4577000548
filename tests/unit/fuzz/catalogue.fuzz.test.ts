/**
 * Fuzzing the catalogue readers: MARC 21 (binary ISO 2709 and MARCXML) and
 * BibTeX. Random bytes and text, and records written here (a small ISO 2709
 * and MARCXML writer), then damaged byte by byte. Nothing may throw; every
 * resource must be one the database can hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latexToText, parseBibtex, readBibtex } from '../../../src/io/bibtex';
import { parseMarc, parseMarcFile, parseMarcXml } from '../../../src/io/marc';
import { NOW, RUNS, anyBytes, anyText, applyAll, byteMutations, expectValidResourceDraft, expectWellFormedResult, mutateBytes, mutations } from './support';

type Field = { tag: string; ind: string; subfields: [string, string][] };
type Rec = { type: string; utf8: boolean; fields: Field[] };

/** Words without ISBD punctuation at the ends, so the title comes back exactly. */
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\u0000-\u001f\u007f/:;,=.\s<>&"'\\{}@#%~$^_]/g, '')).filter((s) => s !== '' && s.normalize('NFC') === s);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const anyValue = fc.oneof(phrase, fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('http://example.org/x', 'javascript:alert(1)', 'Grades 3-5.', 'grade K', '<b>bold</b>', '&amp;'));

const field = fc.record({
  tag: fc.constantFrom('020', '100', '245', '250', '260', '264', '505', '520', '521', '650', '651', '653', '700', '856', '082', '092', '999', '00X'),
  ind: fc.constantFrom('  ', '10', '01', ' 1'),
  subfields: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'x', 'z', 'u', 'n', 'p', 'h'), anyValue), { maxLength: 4 }),
});
const record = fc.record({ type: fc.constantFrom('a', 'g', 'm', 'o', 'p', 'r', 't'), utf8: fc.boolean(), title: phrase, fields: fc.array(field, { maxLength: 8 }) }).map(
  ({ type, utf8, title, fields }): Rec & { title: string } => ({ type, utf8, title, fields: [{ tag: '245', ind: '10', subfields: [['a', title]] }, ...fields] }),
);

const enc = new TextEncoder();
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** ISO 2709: leader, directory, fields; lengths in bytes. */
function toIso2709(r: Rec): Uint8Array {
  const bodies = [enc.encode('000000000'), ...r.fields.map((f) => enc.encode(`${f.ind}${f.subfields.map(([c, v]) => `\u001f${c}${v}`).join('')}\u001e`))];
  const tags = ['008', ...r.fields.map((f) => f.tag)];
  bodies[0] = enc.encode('261123s2026    xxu           000 0 eng d\u001e');
  let offset = 0;
  let directory = '';
  for (const [i, b] of bodies.entries()) {
    directory += `${tags[i]}${pad(b.length, 4)}${pad(offset, 5)}`;
    offset += b.length;
  }
  directory += '\u001e';
  const base = 24 + directory.length;
  const total = base + offset + 1;
  const leader = `${pad(total, 5)}n${r.type}m ${r.utf8 ? 'a' : ' '}22${pad(base, 5)} i 4500`;
  const out = new Uint8Array(total);
  out.set(enc.encode(leader + directory), 0);
  let p = base;
  for (const b of bodies) {
    out.set(b, p);
    p += b.length;
  }
  out[p] = 0x1d;
  return out;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toMarcXml(records: Rec[]): string {
  const body = records
    .map(
      (r) =>
        `<marc:record><marc:leader>00000n${r.type}m a22000000i 4500</marc:leader>` +
        r.fields
          .map((f) => `<marc:datafield tag="${f.tag}" ind1="${f.ind[0]}" ind2="${f.ind[1]}">${f.subfields.map(([c, v]) => `<marc:subfield code="${c}">${xmlEscape(v)}</marc:subfield>`).join('')}</marc:datafield>`)
          .join('\n') +
        '</marc:record>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">\n${body}\n</marc:collection>`;
}

/** Titles with only letters and spaces come back as written: the first 245 $a. */
const titleOf = (r: Rec & { title: string }) => r.title;

describe('MARC 21 (binary)', () => {
  it('any bytes: never throws', () => {
    fc.assert(fc.property(anyBytes, (b) => {
      expectWellFormedResult(parseMarc(b, NOW), expectValidResourceDraft);
      expectWellFormedResult(parseMarcFile(b, NOW), expectValidResourceDraft);
    }), { numRuns: RUNS.normal });
  });

  it('generated records are read with their title, and stay valid', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), (records) => {
        const bytes = concat(records.map(toIso2709));
        const r = parseMarc(bytes, NOW);
        expectWellFormedResult(r, expectValidResourceDraft);
        expect(r.errors).toEqual([]);
        expect(r.rows.map((x) => x.record.title.split(':')[0])).toEqual(records.map(titleOf));
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('damaged records (flipped, cut and inserted bytes, separators): never throws', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), byteMutations, (records, ms) => {
        expectWellFormedResult(parseMarcFile(mutateBytes(concat(records.map(toIso2709)), ms), NOW), expectValidResourceDraft);
      }),
      { numRuns: RUNS.normal },
    );
  });
});

describe('MARCXML', () => {
  it('any text, inside or outside a <record>: never throws', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (t, wrap) => {
      expectWellFormedResult(parseMarcXml(wrap ? `<record><datafield tag="245"><subfield code="a">${t}</subfield></datafield>${t}</record>` : t, NOW), expectValidResourceDraft);
    }), { numRuns: RUNS.normal });
  });

  it('generated collections are read with their titles; damaged ones never throw', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), mutations, (records, ms) => {
        const xml = toMarcXml(records);
        const r = parseMarcFile(enc.encode(xml), NOW);
        expect(r.errors).toEqual([]);
        expect(r.rows.map((x) => x.record.title.split(':')[0])).toEqual(records.map(titleOf));
        expectWellFormedResult(parseMarcXml(applyAll(xml, ms), NOW), expectValidResourceDraft);
      }),
      { numRuns: RUNS.normal },
    );
  });
});

// ---------------------------------------------------------------------------
// BibTeX

const bibValue = fc.oneof(
  phrase,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('{\\"u}ber', '\\c{c}a', '{{nested {braces}}}', 'jan', '"quoted"', '\\url{x}', 'Smith, J. and others', '10.1000/xyz', 'https://example.org', 'javascript:alert(1)'),
);
const entry = fc.record({
  type: fc.constantFrom('book', 'article', 'online', 'film', 'misc', 'string', 'comment', 'preamble', 'weird_type'),
  key: fc.constantFrom('k1', '', 'a:b', 'x y'),
  title: phrase,
  fields: fc.array(fc.tuple(fc.constantFrom('author', 'editor', 'url', 'doi', 'keywords', 'isbn', 'year', 'publisher', 'abstract', 'journal', 'callnumber'), bibValue), { maxLength: 5 }),
  quote: fc.boolean(),
});
type Entry = typeof entry extends fc.Arbitrary<infer E> ? E : never;

/** A value braced (braces balanced by construction: unbalanced ones are escaped). */
const braced = (v: string) => `{${v.replace(/[{}\\]/g, (c) => `\\${c}`)}}`;

function toBib(e: Entry): string {
  if (e.type === 'string') return `@string{${e.key.replace(/\W/g, '') || 'm'} = ${braced(e.title)}}`;
  if (e.type === 'comment' || e.type === 'preamble') return `@${e.type}{${braced(e.title)}}`;
  const fields = [`  title = ${e.quote ? `"${e.title}"` : braced(e.title)}`, ...e.fields.map(([k, v]) => `  ${k} = ${braced(v)}`)];
  return `@${e.type}{${e.key},\n${fields.join(',\n')}\n}`;
}

describe('BibTeX', () => {
  it('any text: never throws (readBibtex, latexToText and parseBibtex)', () => {
    fc.assert(fc.property(anyText, (t) => {
      readBibtex(t);
      expect(typeof latexToText(t)).toBe('string');
      expectWellFormedResult(parseBibtex(t, NOW), expectValidResourceDraft);
      expectWellFormedResult(parseBibtex(`@book{k, title = ${t}}`, NOW), expectValidResourceDraft);
    }), { numRuns: RUNS.normal });
  });

  it('generated entries keep their titles; damaged files never throw', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), mutations, (entries, ms) => {
        const text = entries.map(toBib).join('\n\n');
        const r = parseBibtex(text, NOW);
        expectWellFormedResult(r, expectValidResourceDraft);
        const real = entries.filter((e) => !['string', 'comment', 'preamble'].includes(e.type));
        // Every real entry is read or reported (a repeat of title and author is an error, not a loss).
        expect(r.rows.length + r.errors.length).toBe(real.length);
        for (const row of r.rows) expect(real.map((e) => e.title)).toContain(row.record.title);
        expectWellFormedResult(parseBibtex(applyAll(text, ms), NOW), expectValidResourceDraft);
      }),
      { numRuns: RUNS.normal },
    );
  });
});

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

describe('found by fuzzing', () => {
  it('MARCXML: a character reference beyond Unicode, to a surrogate half or to NUL reads as U+FFFD (was a RangeError thrown out of parseMarcXml)', () => {
    const xml = (title: string) => `<record><datafield tag="245" ind1="1" ind2="0"><subfield code="a">${title}</subfield></datafield></record>`;
    for (const ref of ['&#x110000;', '&#99999999999;', '&#xD800;', '&#0;']) {
      const r = parseMarcXml(xml(`Flatland ${ref} romance`), NOW);
      expect(r.errors).toEqual([]);
      expect(r.rows[0]?.record.title).toBe('Flatland \uFFFD romance');
    }
    expect(parseMarcXml(xml('caf&#xE9; &#128512;'), NOW).rows[0]?.record.title).toBe('café 😀');
  });
});
