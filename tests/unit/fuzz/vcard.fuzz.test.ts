/**
 * Fuzzing the vCard reader (2.1, 3.0, 4.0): random text and bytes, and valid
 * address books written here, then damaged. No exporter exists, so the
 * round trip is against this test's own small writer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVcardBytes, parseVcards } from '../../../src/io/vcard';
import { NOW, RUNS, ENCODINGS, anyBytes, anyText, applyAll, encode, expectValidContact, expectWellFormedResult, mutateBytes, byteMutations, mutations } from './support';

/** A name with letters (never empty after trimming) and no line breaks. */
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .map((s) => s.replace(/[\r\n]/g, ' ').replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const person = fc.record({
  name,
  email: fc.option(fc.emailAddress(), { nil: undefined }),
  org: fc.option(name, { nil: undefined }),
  note: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined }),
});
type Person = typeof person extends fc.Arbitrary<infer P> ? P : never;

/** vCard 3.0/4.0 TEXT escaping. */
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

/**
 * Quoted-printable of UTF-8 bytes, as vCard 2.1 writers do (every byte outside printable
 * ASCII, and `=`), with soft line breaks (`=` at the end of a line) every `width` characters
 * at most, never inside an `=XX`.
 */
function qp(s: string, width: number): string {
  const tokens = Array.from(new TextEncoder().encode(s), (b) => (b >= 0x21 && b <= 0x7e && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`));
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line.length + t.length > width) {
      lines.push(line);
      line = '';
    }
    line += t;
  }
  lines.push(line);
  return lines.join('=\r\n');
}

/** Folds at 75 characters as writers do; a fold never splits a UTF-16 pair here (graphemes are whole). */
function fold(line: string): string {
  const chars = Array.from(line);
  if (chars.length <= 75) return line;
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 74) parts.push(chars.slice(i, i + 74).join(''));
  return parts.join('\r\n ');
}

function card(p: Person, version: '2.1' | '3.0' | '4.0', width = 73): string {
  const lines = ['BEGIN:VCARD', `VERSION:${version}`];
  if (version === '2.1') {
    lines.push(`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.name, width)}`);
    if (p.email) lines.push(`EMAIL;PREF;INTERNET:${p.email}`);
    if (p.org) lines.push(`ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.org, width)}`);
    if (p.note) lines.push(`NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(p.note, width)}`);
  } else {
    lines.push(fold(`FN:${esc(p.name)}`));
    if (p.email) lines.push(`EMAIL;TYPE=${version === '3.0' ? 'INTERNET,PREF' : 'work'}:${p.email}`);
    if (p.org) lines.push(fold(`ORG:${esc(p.org)}`));
    if (p.note) lines.push(fold(`NOTE:${esc(p.note)}`));
  }
  lines.push('END:VCARD');
  return lines.join('\r\n');
}

const book = fc.tuple(
  fc.uniqueArray(person, { maxLength: 5, comparator: (a, b) => a.name.toLowerCase() === b.name.toLowerCase() || (!!a.email && a.email.toLowerCase() === b.email?.toLowerCase()) }),
  fc.constantFrom('2.1' as const, '3.0' as const, '4.0' as const),
  fc.integer({ min: 3, max: 73 }),
);
const bookText = book.map(([people, version, width]) => people.map((p) => card(p, version, width)).join('\r\n'));

describe('vCard reader', () => {
  it('any text: never throws, well-formed contacts', () => {
    fc.assert(fc.property(anyText, (t) => expectWellFormedResult(parseVcards(`BEGIN:VCARD\r\n${t}`, NOW), expectValidContact)), { numRuns: RUNS.normal });
    fc.assert(fc.property(anyText, (t) => expectWellFormedResult(parseVcards(t, NOW), expectValidContact)), { numRuns: RUNS.quick });
  });

  it('any bytes: never throws', () => {
    fc.assert(fc.property(anyBytes, (b) => expectWellFormedResult(parseVcardBytes(b, NOW), expectValidContact)), { numRuns: RUNS.normal });
  });

  it('a valid address book keeps every name, email and organisation (2.1 quoted-printable, 3.0, 4.0, folded lines)', () => {
    fc.assert(
      fc.property(book, fc.constantFrom(...ENCODINGS.filter((e) => e !== 'latin1')), ([people, version, width], enc) => {
        const r = parseVcardBytes(encode(people.map((p) => card(p, version, width)).join('\r\n'), enc), NOW);
        expect(r.errors).toEqual([]);
        expect(r.rows.map((x) => x.record.name)).toEqual(people.map((p) => p.name));
        expect(r.rows.map((x) => x.record.email)).toEqual(people.map((p) => p.email));
        expect(r.rows.map((x) => x.record.organization)).toEqual(people.map((p) => p.org?.replace(/\s+/g, ' ').trim() || undefined));
        for (const [i, row] of r.rows.entries()) {
          const note = people[i]!.note?.trim();
          if (note) expect(row.record.notes).toContain(note);
        }
      }),
      { numRuns: RUNS.normal },
    );
  });

  it('a damaged address book (cut short, stray lines, NUL, BOM, CR, huge values): never throws', () => {
    fc.assert(fc.property(bookText, mutations, (t, ms) => expectWellFormedResult(parseVcards(applyAll(t, ms), NOW), expectValidContact)), { numRuns: RUNS.normal });
  });

  it('a damaged address book in any encoding, bytes flipped: never throws', () => {
    fc.assert(
      fc.property(bookText, fc.constantFrom(...ENCODINGS), byteMutations, (t, enc, ms) => {
        expectWellFormedResult(parseVcardBytes(mutateBytes(encode(t, enc), ms), NOW), expectValidContact);
      }),
      { numRuns: RUNS.normal },
    );
  });
});
