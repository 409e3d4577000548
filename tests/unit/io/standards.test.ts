import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchStandards, parseStandardsFile, pickFromCatalogue, titleKey, type StandardsFile } from '../../../src/io/standards';
import { decodeText } from '../../../src/io/text';

const units = [
  { id: 1, title: 'Ecosystem Dynamics', standards: ['MS-LS2-3'] },
  { id: 2, title: 'Les Misérables — Reading', standards: [] },
  { id: 3, title: 'Ratios', standards: [] },
  { id: 4, title: 'Ratios', standards: [] },
  { id: 5, title: 'Order of Operations', standards: [] },
];

function links(file: StandardsFile) {
  if (file.kind !== 'links') throw new Error(`expected links, got ${file.kind}: ${file.kind === 'refused' ? file.error : ''}`);
  return file.result;
}

describe('standards CSV', () => {
  const csv = [
    'unit,standards',
    'ecosystem dynamics,MS-LS2-3; MS-LS2-1',
    'LES MISERABLES - reading,CCSS.ELA-LITERACY.RL.7.1',
    'Ghost Unit,7.RP.A.2',
    'Ratios,7.RP.A.1',
    ',7.RP.A.3',
    'Ecosystem Dynamics,',
    'Ecosystem Dynamics,ms-ls2-1;MS-LS2-5',
  ].join('\n');

  it('matches titles without case, accents or punctuation, merges rows of one unit and lists the rest with their lines', () => {
    const { matches, errors } = matchStandards(links(parseStandardsFile('s.csv', csv)), units);
    expect(matches).toEqual([
      { unitId: 1, title: 'Ecosystem Dynamics', codes: ['MS-LS2-3', 'MS-LS2-1', 'MS-LS2-5'], added: ['MS-LS2-1', 'MS-LS2-5'] },
      { unitId: 2, title: 'Les Misérables — Reading', codes: ['CCSS.ELA-LITERACY.RL.7.1'], added: ['CCSS.ELA-LITERACY.RL.7.1'] },
    ]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'unit'],
      [5, 'unit'],
      [6, 'unit'],
      [7, 'standards'],
    ]);
    expect(errors[1]!.message).toMatch(/matches 2 units/);
  });

  it('reads units by id, and refuses a file with no standards column', () => {
    const r = matchStandards(links(parseStandardsFile('s.csv', 'unit_id;code\n3;7.RP.A.1\n99;7.RP.A.2\nx;1')), units);
    expect(r.matches.map((m) => [m.unitId, m.added])).toEqual([[3, ['7.RP.A.1']]]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4]);
    const refused = parseStandardsFile('s.csv', 'title,subject\nA,B');
    expect(refused.kind).toBe('refused');
  });

  it('titleKey: a lesson slug matches its title', () => {
    expect(titleKey('order-of-operations')).toBe(titleKey('Order of Operations'));
    expect(titleKey('Éte  à   Paris!')).toBe('ete a paris');
  });

  it('property: every code of a matched row ends up on its unit exactly once, whatever the case', () => {
    const code = fc.stringMatching(/^[A-Z]{1,3}\.[0-9]{1,2}\.[A-Z0-9]{1,3}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('Ecosystem Dynamics', 'ratios', 'Order of Operations'), fc.array(code, { minLength: 1, maxLength: 4 })), { maxLength: 12 }), (rows) => {
        const lib = [units[0]!, units[2]!, units[4]!];
        const text = ['unit,standards', ...rows.map(([u, cs]) => `${u},${cs.map((c, i) => (i % 2 ? c.toLowerCase() : c)).join(';')}`)].join('\n');
        const { matches, errors } = matchStandards(links(parseStandardsFile('x.csv', text)), lib);
        expect(errors).toEqual([]);
        for (const unit of lib) {
          const want = new Set([...unit.standards, ...rows.filter(([u]) => titleKey(u) === titleKey(unit.title)).flatMap(([, cs]) => cs)].map((c) => c.toUpperCase()));
          const m = matches.find((x) => x.unitId === unit.id);
          const got = [...unit.standards, ...(m?.added ?? [])].map((c) => c.toUpperCase());
          expect(got.length).toBe(new Set(got).size);
          expect(new Set(got)).toEqual(want);
        }
      }),
    );
  });
});

describe('standards JSON', () => {
  it('reads a Common Standards Project standard set and picks a unit’s codes by prefix or words and grade', () => {
    const set = {
      data: {
        title: 'Grade 7',
        educationLevels: ['07'],
        standards: {
          a: { statementNotation: '7.RP.A.1', description: 'Compute unit rates associated with ratios of fractions.' },
          b: { statementNotation: '7.RP.A.2', description: 'Recognize proportional relationships.' },
          c: { statementNotation: '3.OA.A.1', description: 'Interpret products of whole numbers.', educationLevels: ['03'] },
        },
      },
    };
    const file = parseStandardsFile('set.json', JSON.stringify(set));
    if (file.kind !== 'catalogue') throw new Error(file.kind);
    expect(file.standards).toHaveLength(3);
    expect(pickFromCatalogue(file.standards, { grades: [7] }, '7.rp').map((s) => s.code)).toEqual(['7.RP.A.1', '7.RP.A.2']);
    expect(pickFromCatalogue(file.standards, { grades: [7] }, 'unit rates').map((s) => s.code)).toEqual(['7.RP.A.1']);
    // Grade 3 standard is not offered for a grade 7 unit.
    expect(pickFromCatalogue(file.standards, { grades: [7] }, 'products')).toEqual([]);
  });

  it('reads a map of codes to units', () => {
    const r = matchStandards(links(parseStandardsFile('m.json', JSON.stringify({ '5.OA.A.1': { lessons: ['order-of-operations', 'nowhere'] }, '5.OA.B': { lessons: [] } }))), units);
    expect(r.matches.map((m) => [m.title, m.added])).toEqual([['Order of Operations', ['5.OA.A.1']]]);
    expect(r.errors).toHaveLength(1);
  });

  it('refuses JSON that holds no standards, and broken JSON, with a reason', () => {
    expect(parseStandardsFile('x.json', '{"hello": 1}')).toMatchObject({ kind: 'refused' });
    expect(parseStandardsFile('x.json', '{"data": ')).toMatchObject({ kind: 'refused', error: expect.stringMatching(/not readable JSON/) });
    expect(parseStandardsFile('x.csv', '')).toMatchObject({ kind: 'refused', error: 'The file is empty.' });
  });
});

const EXTERNAL = '../shared/external/curriculum';
const hasExternal = existsSync(EXTERNAL);
if (!hasExternal) console.warn(`[standards] ${EXTERNAL} is absent: the external standards files are skipped.`);
const read = (name: string) => decodeText(new Uint8Array(readFileSync(`${EXTERNAL}/${name}`)));

describe('external standards files', () => {
  it.skipIf(!hasExternal)('ccss-math-standards-cleaned.json: a Common Standards Project list of the CCSS math codes with grades', () => {
    const f = parseStandardsFile('ccss-math-standards-cleaned.json', read('ccss-math-standards-cleaned.json'));
    if (f.kind !== 'catalogue') throw new Error(f.kind);
    expect(f.standards.length).toBeGreaterThan(700);
    const oa = f.standards.find((s) => s.code === '3.OA.1');
    expect(oa?.grades).toEqual([3]);
    expect(oa?.statement).toMatch(/products of whole numbers/i);
    expect(pickFromCatalogue(f.standards, { grades: [7] }, '7.RP').length).toBeGreaterThan(2);
  });

  it.skipIf(!hasExternal)('asn-maryland-english-standards.json: ASN RDF/JSON statements with notations', () => {
    const f = parseStandardsFile('asn-maryland-english-standards.json', read('asn-maryland-english-standards.json'));
    if (f.kind !== 'catalogue') throw new Error(f.kind);
    expect(f.standards.length).toBeGreaterThan(40);
    expect(f.standards.every((s) => s.code.trim() !== '')).toBe(true);
    expect(f.standards.some((s) => s.statement.length > 10)).toBe(true);
  });

  it.skipIf(!hasExternal)('ngss-middle-school-pe-pdf-extracted.json: NGSS performance expectations', () => {
    const f = parseStandardsFile('ngss-middle-school-pe-pdf-extracted.json', read('ngss-middle-school-pe-pdf-extracted.json'));
    if (f.kind !== 'catalogue') throw new Error(f.kind);
    expect(f.standards.map((s) => s.code)).toContain('MS-LS2-3');
    expect(pickFromCatalogue(f.standards, { grades: [7] }, 'MS-LS2').length).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!hasExternal)('ccssi-identifiers-cr-line-endings.csv: CR-only CSV of dot notations read as a list of codes', () => {
    const f = parseStandardsFile('ccssi-identifiers-cr-line-endings.csv', read('ccssi-identifiers-cr-line-endings.csv'));
    if (f.kind !== 'catalogue') throw new Error(f.kind);
    expect(f.standards.length).toBeGreaterThan(1500);
    expect(f.standards[0]!.code).toBe('CCSS.ELA-Literacy.CCRA.R.1');
  });

  it.skipIf(!hasExternal)('bootstrap-ccss-math-to-lessons.json: codes attached to the units named like its lessons', () => {
    const f = parseStandardsFile('bootstrap-ccss-math-to-lessons.json', read('bootstrap-ccss-math-to-lessons.json'));
    const r = matchStandards(links(f), units);
    const ops = r.matches.find((m) => m.title === 'Order of Operations');
    expect(ops?.added).toEqual(expect.arrayContaining(['5.OA.A', '5.OA.A.1']));
    // Every other lesson is not one of these units: listed, with its record number.
    expect(r.errors.length).toBeGreaterThan(10);
    expect(r.errors.every((e) => e.line >= 1 && /is not one of your units/.test(e.message))).toBe(true);
  });

  it.skipIf(!hasExternal)('bootstrap-algebra2-unit-catalogue.txt: not a standards file, refused with a reason', () => {
    const f = parseStandardsFile('bootstrap-algebra2-unit-catalogue.txt', read('bootstrap-algebra2-unit-catalogue.txt'));
    expect(f).toMatchObject({ kind: 'refused', error: expect.stringMatching(/standards column/) });
  });
});
