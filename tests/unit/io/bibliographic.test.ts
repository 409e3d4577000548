import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { latexToText, parseBibtex } from '../../../src/io/bibtex';
import { parseMarc, parseMarcFile, parseMarcXml } from '../../../src/io/marc';

const now = new Date('2026-09-01T12:00:00.000Z');
const createdAt = now.toISOString();

type FieldSpec = [tag: string, data: string | [ind: string, subfields: [string, string][]]];

/** Writes one ISO 2709 record (what a catalogue exports), with a text encoder of choice. */
function marcRecord(fields: FieldSpec[], opts: { type?: string; coding?: ' ' | 'a'; encode?: (s: string) => number[] } = {}): number[] {
  const encode = opts.encode ?? ((s: string) => [...new TextEncoder().encode(s)]);
  const bodies = fields.map(([, data]) =>
    typeof data === 'string' ? [...encode(data), 0x1e] : [...encode(data[0]), ...data[1].flatMap(([c, v]) => [0x1f, c.charCodeAt(0), ...encode(v)]), 0x1e],
  );
  let offset = 0;
  const directory = fields.map(([tag], i) => {
    const entry = `${tag}${String(bodies[i]!.length).padStart(4, '0')}${String(offset).padStart(5, '0')}`;
    offset += bodies[i]!.length;
    return entry;
  });
  const base = 24 + directory.length * 12 + 1;
  const length = base + offset + 1;
  const leader = `${String(length).padStart(5, '0')}n${opts.type ?? 'a'}m ${opts.coding ?? 'a'}22${String(base).padStart(5, '0')} i 4500`;
  return [...[...leader].map((c) => c.charCodeAt(0)), ...[...directory.join('')].map((c) => c.charCodeAt(0)), 0x1e, ...bodies.flat(), 0x1d];
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('parseMarc', () => {
  it('maps title, author, call number, subjects, grades, link and ISBN', () => {
    const bytes = Uint8Array.from(
      marcRecord([
        ['001', '12345'],
        ['020', ['  ', [['a', '9780064401883 (pbk.)']]]],
        ['082', ['04', [['a', '[Fic]'], ['2', '22']]]],
        ['100', ['1 ', [['a', 'Jose\u0301 Marti\u0301, Ana,'], ['d', '1950-']]]],
        ['245', ['10', [['a', 'Hatchet :'], ['b', 'a survival story /'], ['c', 'Gary Paulsen.']]]],
        ['264', [' 1', [['a', 'New York :'], ['b', 'Bradbury Press,'], ['c', '[1987]']]]],
        ['521', ['  ', [['a', 'Grades 5-8.']]]],
        ['650', [' 0', [['a', 'Survival'], ['v', 'Fiction.']]]],
        ['650', [' 0', [['a', 'Wilderness areas'], ['x', 'Juvenile fiction.']]]],
        ['856', ['40', [['u', 'https://catalog.example.org/hatchet']]]],
      ]),
    );
    const r = parseMarc(bytes, now);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        line: 1,
        record: {
          title: 'Hatchet: a survival story',
          kind: 'book',
          author: 'José Martí, Ana',
          callNumber: '[Fic]',
          subjects: ['Survival', 'Wilderness areas'],
          keywords: ['Juvenile fiction'],
          grades: [5, 6, 7, 8],
          url: 'https://catalog.example.org/hatchet',
          description: 'ISBN 9780064401883 (pbk.)\nNew York: Bradbury Press, [1987]',
          unitRefs: [],
          createdAt,
        },
      },
    ]);
    expect(r.rows[0]?.record.author).toBe('José Martí, Ana'.normalize('NFC'));
  });

  it('decodes MARC-8 (ANSEL) diacritics, and reads Windows-1251 mislabelled as MARC-8, with a warning', () => {
    const marc8 = marcRecord([['245', ['10', [['a', 'x']]]]], { coding: ' ', encode: () => [...ascii('Cr'), 0xe1, ...ascii('eme br'), 0xe3, ...ascii('ul'), 0xe2, ...ascii('ee')] });
    const cp1251 = marcRecord([['245', ['10', [['a', 'x']]]]], {
      coding: ' ',
      // "Книга" in Windows-1251.
      encode: () => [0xca, 0xed, 0xe8, 0xe3, 0xe0],
    });
    const r = parseMarc(Uint8Array.from([...marc8, ...cp1251]), now);
    expect(r.rows.map((x) => x.record.title)).toEqual(['Crème brûlée', 'Книга']);
    expect(r.rows[0]?.warnings).toBeUndefined();
    expect(r.rows[1]?.warnings).toEqual(['record 2: it says MARC-8 but its text is Windows-1251 (Cyrillic); it was read as such']);
  });

  it('takes the kind from the leader, and reports a damaged record by number while reading the others', () => {
    const video = marcRecord([['245', ['10', [['a', 'Planet Earth'], ['h', '[videorecording]']]]]], { type: 'g' });
    const damaged = [...ascii('00050nam a2200049 i 4500245999900000'), 0x1e, 0x1d];
    const noTitle = marcRecord([['100', ['1 ', [['a', 'Nobody']]]]]);
    const r = parseMarc(Uint8Array.from([...video, 0x0a, ...damaged, ...noTitle]), now);
    expect(r.rows.map((x) => [x.line, x.record.kind, x.record.title])).toEqual([[1, 'video', 'Planet Earth']]);
    expect(r.errors).toEqual([
      { line: 2, message: 'record 2: the record directory is damaged' },
      { line: 3, message: 'the record has no title (field 245)' },
    ]);
    expect(r.total).toBe(3);
  });

  it('refuses a file that is not MARC', () => {
    expect(parseMarc(new TextEncoder().encode('title,kind\nHatchet,book\n'), now).fatal).toMatch(/^This does not look like a MARC file/);
    expect(parseMarc(new Uint8Array(0), now).fatal).toBe('The file is empty.');
  });
});

describe('parseMarcXml', () => {
  it('reads a collection with namespace prefixes and entities', () => {
    const xml = `<?xml version="1.0"?>
<marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">
  <marc:record>
    <marc:leader>00000cgm a2200000 i 4500</marc:leader>
    <marc:datafield tag="245" ind1="0" ind2="0"><marc:subfield code="a">Rocks &amp; minerals :</marc:subfield><marc:subfield code="b">a &lt;first&gt; look /</marc:subfield></marc:datafield>
    <marc:datafield tag="650" ind1=" " ind2="0"><marc:subfield code="a">Geology.</marc:subfield></marc:datafield>
  </marc:record>
  <marc:record>
    <marc:leader>00000cam a2200000 i 4500</marc:leader>
    <marc:datafield tag="100" ind1="1" ind2=" "><marc:subfield code="a">Nobody</marc:subfield></marc:datafield>
  </marc:record>
</marc:collection>`;
    const r = parseMarcXml(xml, now);
    expect(r.rows.map((x) => [x.line, x.record.kind, x.record.title, x.record.subjects])).toEqual([[3, 'video', 'Rocks & minerals: a <first> look', ['Geology']]]);
    expect(r.errors).toEqual([{ line: 8, message: 'the record has no title (field 245)' }]);
    expect(parseMarcXml('<html><body>no</body></html>', now).fatal).toBe('No MARCXML <record> was found in the file.');
  });
});

describe('parseBibtex', () => {
  const bib = String.raw`@comment{ exported by Zotero }
@string{ pub = "Scholastic" }
@book{paulsen1987,
  title = {{Hatchet}},
  author = {Paulsen, Gary and {\'E}mile Zola},
  publisher = pub # " Press",
  address = {New York},
  year = 1987,
  isbn = {978-0-06-440188-3},
  keywords = {survival; wilderness, Juvenile fiction -- Canada AUTH::ID\1234},
}
@web_page{,
  title = "The Schr\"{o}dinger {\ss}tra\ss e guide",
  url = {https://example.org/guide},
}
@article{smith2020,
  title = {Reading {\&} empathy},
  author = {Smith, Jo},
  doi = {https://doi.org/10.1000/xyz123},
}
@article{broken,
  title = {Never closed,
  author = {Someone}

@article{nolink,
  title = {Reading circles},
  editor = {Lee, Ann and others},
  journal = {School Library Journal},
}
@book{again, title = {HATCHET}, author = {Paulsen, Gary and {\'E}mile Zola}}
@film{x, author = {Nobody}}
`;

  it('reads entries, macros, LaTeX and links, and goes on after a broken entry', () => {
    const r = parseBibtex(bib, now);
    expect(r.rows.map((x) => [x.line, x.record.kind, x.record.title])).toEqual([
      [3, 'book', 'Hatchet'],
      [12, 'website', 'The Schrödinger ßtraße guide'],
      [16, 'website', 'Reading & empathy'],
      [25, 'book', 'Reading circles'],
    ]);
    expect(r.rows[0]?.record).toEqual({
      title: 'Hatchet',
      kind: 'book',
      author: 'Paulsen, Gary; Émile Zola',
      keywords: ['survival', 'wilderness', 'Juvenile fiction', 'Canada'],
      description: 'ISBN 978-0-06-440188-3\nNew York: Scholastic Press, 1987',
      subjects: [],
      grades: [],
      unitRefs: [],
      createdAt,
    });
    expect(r.rows[2]?.record.url).toBe('https://doi.org/10.1000/xyz123');
    expect(r.rows[3]?.record.author).toBe('Lee, Ann');
    expect(r.rows[3]?.warnings).toEqual(['@article has no link: recorded as a book']);
    expect(r.errors).toEqual([
      { line: 21, message: '@article entry: a value is never closed (check the braces)' },
      { line: 30, message: 'Duplicate of the entry at line 3 (same title and author).' },
      { line: 31, message: '@film{x} has no title' },
    ]);
    expect(r.total).toBe(7);
  });

  it('converts common LaTeX to text', () => {
    expect(latexToText(String.raw`Fran{\c{c}}ois --- {\v{S}}koda \textendash\ na\"\i ve~caf\'e 50\%`)).toBe('François — Škoda – naïve café 50%');
  });

  it('refuses a file without entries', () => {
    expect(parseBibtex('just some notes', now).fatal).toBe('No BibTeX entry (such as @book{…}) was found in the file.');
  });
});

// ---------------------------------------------------------------------------
// Every real file in /work/shared/external/bibliographic

const dir = fileURLToPath(new URL('../../../../shared/external/bibliographic/', import.meta.url));
const present = existsSync(dir);
const table: Record<string, string | number>[] = [];
const read = (file: string) => {
  const bytes = new Uint8Array(readFileSync(dir + file));
  const r = file.endsWith('.bib') ? parseBibtex(new TextDecoder().decode(bytes), now) : parseMarcFile(bytes, now);
  table.push({ file, resources: r.rows.length, errors: r.errors.length, first: r.fatal ?? r.rows[0]?.record.title.slice(0, 60) ?? '' });
  return r;
};

describe.skipIf(!present)('real bibliographic files (skipped when /work/shared/external/bibliographic is absent)', () => {
  it('openlibrary-flatland-sirsi-marcxml.xml', () => {
    const r = read('openlibrary-flatland-sirsi-marcxml.xml');
    expect(r.rows).toMatchObject([
      { line: 2, record: { title: 'Flatland: a romance of many dimensions', author: 'Abbott, Edwin Abbott', callNumber: 'QA699 .A12', description: 'London: Seeley and Co., 1884' } },
    ]);
  });

  it('loc-marc21-binary-10-records.mrc', () => {
    const r = read('loc-marc21-binary-10-records.mrc');
    expect(r.errors).toEqual([]);
    expect(r.rows.length).toBeGreaterThanOrEqual(10);
    expect(r.rows[0]?.record).toMatchObject({
      title: 'The pragmatic programmer: from journeyman to master',
      author: 'Hunt, Andrew',
      callNumber: '005.1',
      subjects: ['Computer programming'],
      description: 'ISBN 020161622X\nReading, Mass: Addison-Wesley, 2000',
    });
  });

  it('marc-utf8-decomposed-diacritics.mrc', () => {
    const r = read('marc-utf8-decomposed-diacritics.mrc');
    const description = r.rows[0]?.record.description ?? '';
    expect(r.rows[0]?.record).toMatchObject({ title: 'Amateur media: social, cultural and legal perspectives', callNumber: '302.231' });
    expect(description).toContain('Eva Hemmungs Wirtén');
    expect(description).toBe(description.normalize('NFC'));
    expect(description).not.toContain('\u0301');
  });

  it('marc-cyrillic-cp1251.mrc', () => {
    const r = read('marc-cyrillic-cp1251.mrc');
    expect(r.rows).toHaveLength(6);
    expect(r.rows[0]?.record.author).toBe('Ильина, Татьяна Николаевна');
    expect(r.rows[0]?.record.title).toMatch(/^Основы гидравлического расчета инженерных сетей/);
    expect(r.rows[0]?.warnings?.[0]).toMatch(/Windows-1251/);
  });

  it('mendeley-export-childrens-literature.bib', () => {
    const r = read('mendeley-export-childrens-literature.bib');
    expect(r.rows.length).toBeGreaterThan(480);
    expect(r.errors.every((e) => e.message.startsWith('Duplicate of the entry'))).toBe(true);
    expect(r.rows.every((x) => !/[\\{}]/.test(x.record.title))).toBe(true);
    expect(r.rows[0]?.record).toMatchObject({
      title: 'Fiction and morality: Investigating the associations between reading exposure, empathy, morality, and moral judgment',
      author: 'Jessica E Black; Jennifer L Barnes',
      url: 'https://doi.org/10.1037/ppm0000281',
      kind: 'website',
    });
    expect(r.rows.find((x) => x.record.title.startsWith('Canceling'))?.record.kind).toBe('video');
  });

  it('primo-library-catalogue-export-cyrillic.bib', () => {
    const r = read('primo-library-catalogue-export-cyrillic.bib');
    expect(r.rows[0]?.record).toMatchObject({
      title: 'Как делать полезные заметки = How to take smart notes : эффективная система организации идей по методу Zettelkasten',
      author: 'Аренс З',
      kind: 'book',
      keywords: ['Знание', 'Усвоение', 'Психологические исследования', 'Популярные издания'],
    });
    expect(r.rows[0]?.record.description).toMatch(/^ISBN 978-5-00169-985-9\n/);
  });

  afterAll(() => {
    if (table.length > 0) console.table(table);
  });
});
