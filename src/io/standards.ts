/**
 * Standards codes for units, from the files librarians and curriculum offices have.
 * Pure: text in, links or a catalogue out; nothing is stored here (src/db/standards.ts writes).
 *
 * Two kinds of file:
 * - **links** say which unit gets which codes:
 *   - our CSV, header `unit,standards` (the unit by title, or `unit_id` by its number;
 *     codes separated by `;`; a unit may appear on several rows). Also read:
 *     `unit_title`/`title` for the unit, `standard`/`code`/`codes` for the codes;
 *   - a JSON map from code to the units (or lessons) that teach it,
 *     `{ "6.EE.A.2": { "description": …, "lessons": ["unit-slug", …] } }`.
 * - a **catalogue** lists standards (code, statement, grades) without units: the
 *   Common Standards Project JSON (a standard set `{ data: { standards } }` or its
 *   cleaned list), the Achievement Standards Network RDF/JSON, NGSS-style
 *   `{ standards: [{ code, … }] }`, or a CSV of codes. The librarian picks a unit and
 *   the codes for it ({@link pickFromCatalogue}).
 *
 * Units are matched by title, ignoring case, accents and punctuation ({@link titleKey}).
 */
import type { Stored, Unit } from '../core/types';
import { readCsv } from './csv-core';
import { normaliseHeader } from './csv-formats';
import { splitList } from './fields';
import { normaliseNewlines, stripBom, tooLargeMessage } from './text';
import type { ImportResult, RowError } from './types';

/** One row of a links file: a unit reference (a title, or `#12` for an id) and codes. */
export interface StandardsLink {
  unit: string;
  codes: string[];
}

/** One standard of a catalogue. `grades` empty = not said. */
export interface StandardEntry {
  code: string;
  statement: string;
  grades: number[];
}

export type StandardsFile =
  | { kind: 'links'; source: string; result: ImportResult<StandardsLink> }
  | { kind: 'catalogue'; source: string; standards: StandardEntry[] }
  | { kind: 'refused'; error: string };

/** Column names that name the unit (by title / by id) and the codes, after normaliseHeader. */
const UNIT_TITLE_COLUMNS = ['unit', 'unit_title', 'title'];
const UNIT_ID_COLUMNS = ['unit_id', 'id'];
const CODE_COLUMNS = ['standards', 'standard', 'codes', 'code', 'standard_code', 'standards_codes', 'dot_notation', 'statement_notation'];
const STATEMENT_COLUMNS = ['statement', 'description', 'text'];

/** Title key: no accents, no case, punctuation and hyphens as spaces (a lesson slug matches its title). */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Codes compare without case or surrounding spaces; they are stored as written. */
export const codeKey = (code: string) => code.trim().toUpperCase();

export function parseStandardsFile(fileName: string, input: string): StandardsFile {
  const tooLarge = tooLargeMessage(input);
  if (tooLarge) return { kind: 'refused', error: tooLarge };
  const text = normaliseNewlines(stripBom(input));
  if (text.trim() === '') return { kind: 'refused', error: 'The file is empty.' };
  if (/\.json$/i.test(fileName)) return parseStandardsJson(text);
  // Named otherwise, a file is JSON only if it reads as JSON (a text catalogue may start with "[Unit 1").
  if (/^\s*[[{]/.test(text) && isJson(text)) return parseStandardsJson(text);
  return parseStandardsCsv(text);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseStandardsCsv(text: string): StandardsFile {
  const read = readCsv(text);
  if (!read.ok) return { kind: 'refused', error: read.fatal };
  const { table } = read;
  const header = table.header.map(normaliseHeader);
  const col = (names: string[]) => names.map((n) => header.indexOf(n)).find((i) => i >= 0);
  const codeCol = col(CODE_COLUMNS);
  const titleCol = col(UNIT_TITLE_COLUMNS);
  const idCol = col(UNIT_ID_COLUMNS);
  if (codeCol === undefined) {
    return { kind: 'refused', error: 'No standards column was found. A standards file has the columns unit,standards (the unit by title, or unit_id by number; codes separated by ";").' };
  }
  const cell = (cells: string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
  if (titleCol === undefined && idCol === undefined) {
    const statementCol = col(STATEMENT_COLUMNS);
    const standards = table.rows.flatMap(({ cells }) => {
      const code = cell(cells, codeCol);
      return code ? [{ code, statement: cell(cells, statementCol), grades: [] }] : [];
    });
    return { kind: 'catalogue', source: 'a CSV list of standards', standards };
  }
  const rows: ImportResult<StandardsLink>['rows'] = [];
  const errors: RowError[] = [...table.errors];
  for (const { line, cells } of table.rows) {
    const id = cell(cells, idCol);
    const title = cell(cells, titleCol);
    const codes = splitList(cell(cells, codeCol));
    if (id !== '' && !/^\d+$/.test(id)) errors.push({ line, field: 'unit_id', message: `unit_id "${id}" is not a unit number` });
    else if (id === '' && title === '') errors.push({ line, field: 'unit', message: 'no unit is named on this row' });
    else if (codes.length === 0) errors.push({ line, field: 'standards', message: 'no standards codes on this row' });
    else rows.push({ line, record: { unit: id !== '' ? `#${id}` : title, codes } });
  }
  return { kind: 'links', source: 'a standards CSV', result: { rows, errors, total: table.rows.length + table.errors.length } };
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' ? x.trim() : '');

/** `KG`, `K`, `01`, `7`, a URI ending in `/K` or `/7` → 0..12; anything else (Pre-K, HS) → nothing. */
function gradeOf(level: unknown): number[] {
  const s = str(level).replace(/^.*\//, '');
  if (/^(k|kg)$/i.test(s)) return [0];
  const n = /^\d{1,2}$/.test(s) ? Number(s) : NaN;
  return n >= 1 && n <= 12 ? [n] : [];
}
const gradesOf = (levels: unknown) => (Array.isArray(levels) ? [...new Set(levels.flatMap(gradeOf))].sort((a, b) => a - b) : []);

function parseStandardsJson(text: string): StandardsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { kind: 'refused', error: `The file is not readable JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  // Common Standards Project, cleaned list: [{ shortCode | code, statement, gradeLevels }].
  if (Array.isArray(json)) {
    const standards = json.flatMap((s): StandardEntry[] => {
      if (!isObject(s)) return [];
      const code = str(s.shortCode) || str(s.statementNotation) || str(s.code);
      const statement = str(s.statement) || str(s.description);
      return code && statement ? [{ code, statement, grades: gradesOf(s.gradeLevels ?? s.educationLevels) }] : [];
    });
    if (standards.length > 0) return { kind: 'catalogue', source: 'a Common Standards Project list', standards };
  }
  if (isObject(json)) {
    // Common Standards Project standard set: { data: { educationLevels, standards: { id: { statementNotation, description } } } }.
    const data = json.data;
    if (isObject(data) && isObject(data.standards)) {
      const setGrades = gradesOf(data.educationLevels);
      const standards = Object.values(data.standards).flatMap((s): StandardEntry[] => {
        if (!isObject(s)) return [];
        const code = str(s.statementNotation) || str(s.listId);
        const grades = gradesOf(s.educationLevels);
        return code ? [{ code, statement: str(s.description), grades: grades.length ? grades : setGrades }] : [];
      });
      return { kind: 'catalogue', source: `the Common Standards Project set ${str(data.title) || ''}`.trim(), standards };
    }
    // NGSS-style: { standards: [{ code, performance_expectation | statement | description }] }.
    if (Array.isArray(json.standards)) {
      const standards = json.standards.flatMap((s): StandardEntry[] => {
        if (!isObject(s)) return [];
        const code = str(s.code);
        const statement = str(s.performance_expectation) || str(s.statement) || str(s.description);
        return code ? [{ code, statement, grades: gradesOf(s.gradeLevels ?? s.grades) }] : [];
      });
      if (standards.length > 0) return { kind: 'catalogue', source: 'a list of standards', standards };
    }
    const asn = fromAsn(json);
    if (asn.length > 0) return { kind: 'catalogue', source: 'an Achievement Standards Network export', standards: asn };
    const links = fromCodeMap(json);
    if (links) return { kind: 'links', source: 'a map of standards to units', result: links };
  }
  return {
    kind: 'refused',
    error: 'This JSON file holds no standards this extension can read (a Common Standards Project set or list, an ASN export, or a map of codes to units).',
  };
}

const ASN = 'http://purl.org/ASN/schema/core/';
const DC = 'http://purl.org/dc/terms/';

/** ASN RDF/JSON: URI-keyed statements, each predicate a list of `{ value }`. */
function fromAsn(json: Json): StandardEntry[] {
  const values = (node: Json, predicate: string): unknown[] =>
    Array.isArray(node[predicate]) ? (node[predicate] as unknown[]).map((x) => (isObject(x) ? x.value : undefined)) : [];
  return Object.values(json).flatMap((node): StandardEntry[] => {
    if (!isObject(node)) return [];
    const code = str(values(node, `${ASN}statementNotation`)[0]);
    if (!code) return [];
    return [{ code, statement: str(values(node, `${DC}description`)[0]), grades: gradesOf(values(node, `${DC}educationLevel`)) }];
  });
}

/** `{ code: { lessons | units: [unit, …] } }` → one link per unit, in the order units first appear. */
function fromCodeMap(json: Json): ImportResult<StandardsLink> | undefined {
  const byUnit = new Map<string, { line: number; record: StandardsLink }>();
  let entries = 0;
  let record = 0;
  for (const [code, value] of Object.entries(json)) {
    record++;
    if (!isObject(value)) continue;
    const units = Array.isArray(value.units) ? value.units : Array.isArray(value.lessons) ? value.lessons : undefined;
    if (!units) continue;
    entries++;
    for (const unit of units) {
      const title = str(unit);
      if (!title) continue;
      const key = titleKey(title);
      const row = byUnit.get(key) ?? { line: record, record: { unit: title, codes: [] } };
      row.record.codes.push(code.trim());
      byUnit.set(key, row);
    }
  }
  if (entries === 0) return undefined;
  return { rows: [...byUnit.values()], errors: [], total: byUnit.size };
}

/**
 * The catalogue's standards for one unit: those whose code or statement contains every
 * word of `query`, and (when the standard says its grades) that share a grade with the unit.
 */
export function pickFromCatalogue(standards: readonly StandardEntry[], unit: Pick<Unit, 'grades'>, query: string): StandardEntry[] {
  const words = titleKey(query).split(' ').filter(Boolean);
  const codeQuery = codeKey(query);
  return standards.filter((s) => {
    if (s.grades.length > 0 && unit.grades.length > 0 && !s.grades.some((g) => unit.grades.includes(g))) return false;
    if (codeQuery && codeKey(s.code).startsWith(codeQuery)) return true;
    const hay = titleKey(`${s.code} ${s.statement}`);
    return words.length > 0 && words.every((w) => hay.includes(w));
  });
}

/** Which stored unit gets which codes; `added` are the codes it does not have yet. */
export interface StandardsMatch {
  unitId: number;
  title: string;
  codes: string[];
  added: string[];
}

/**
 * Resolves each link to a unit (`#id`, or the title without case or accents) and
 * merges rows for the same unit. A link that names no unit, or a title two units
 * share, is an error with its line.
 */
export function matchStandards(links: ImportResult<StandardsLink>, units: readonly Pick<Stored<Unit>, 'id' | 'title' | 'standards'>[]): { matches: StandardsMatch[]; errors: RowError[] } {
  const byTitle = new Map<string, (typeof units)[number][]>();
  for (const u of units) byTitle.set(titleKey(u.title), [...(byTitle.get(titleKey(u.title)) ?? []), u]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const matches = new Map<number, StandardsMatch>();
  const errors: RowError[] = [...links.errors];
  for (const { line, record } of links.rows) {
    let unit: (typeof units)[number] | undefined;
    if (record.unit.startsWith('#')) {
      unit = byId.get(Number(record.unit.slice(1)));
      if (!unit) {
        errors.push({ line, field: 'unit_id', message: `unit ${record.unit} does not exist in your library` });
        continue;
      }
    } else {
      const found = byTitle.get(titleKey(record.unit)) ?? [];
      if (found.length !== 1) {
        errors.push({
          line,
          field: 'unit',
          message: found.length === 0 ? `unit "${record.unit}" is not one of your units` : `unit "${record.unit}" matches ${found.length} units with that title: use unit_id instead`,
        });
        continue;
      }
      unit = found[0]!;
    }
    const m = matches.get(unit.id) ?? { unitId: unit.id, title: unit.title, codes: [], added: [] };
    const have = new Set([...unit.standards, ...m.codes].map(codeKey));
    for (const code of record.codes) {
      if (have.has(codeKey(code))) {
        if (!m.codes.some((c) => codeKey(c) === codeKey(code))) m.codes.push(code);
        continue;
      }
      have.add(codeKey(code));
      m.codes.push(code);
      m.added.push(code);
    }
    matches.set(unit.id, m);
  }
  errors.sort((a, b) => a.line - b.line);
  return { matches: [...matches.values()], errors };
}
