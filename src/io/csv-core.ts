/**
 * Reading a CSV file into a header and rows that remember the file line they start on.
 *
 * papaparse does the quoting rules; this module adds what the importers need on top:
 * the size limit, the BOM, one rule for CRLF / CR / LF, the real start line of every
 * row (a quoted cell may span lines), the choice of delimiter, and a preamble skip
 * (LinkedIn puts "Notes:" lines before its header).
 */
import Papa from 'papaparse';
import { normaliseNewlines, stripBom, tooLargeMessage } from './text';
import type { RowError } from './types';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  delimiter: string;
  /** Rows the CSV grammar itself could not read (an unclosed quote …). */
  errors: RowError[];
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; fatal: string };

export const DELIMITERS = [',', ';', '\t'] as const;

export interface ReadCsvOptions {
  /** Force a delimiter; otherwise it is chosen from the header line. */
  delimiter?: string;
  /**
   * Scores a candidate header (one per delimiter); the best wins, ties go to `,`.
   * Default: the number of columns.
   */
  scoreHeader?: (cells: string[]) => number;
  /** Lines before the first line for which this is true are a preamble and skipped. */
  isHeaderLine?: (line: string) => boolean;
}

/** Splits one line on a delimiter, honouring double quotes (used only to judge headers). */
export function splitHeaderLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** Picks the delimiter whose split of the header line scores best. */
export function chooseDelimiter(headerLine: string, score: (cells: string[]) => number): string {
  let best: string = ',';
  let bestScore = score(splitHeaderLine(headerLine, ','));
  for (const d of DELIMITERS) {
    const s = score(splitHeaderLine(headerLine, d));
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}

export function delimiterName(d: string): string {
  return d === '\t' ? 'tabs' : d === ';' ? 'semicolons' : d === ',' ? 'commas' : `"${d}"`;
}

/** Reads the whole file. Never throws: a file-level problem comes back as `fatal`. */
export function readCsv(input: string, options: ReadCsvOptions = {}): CsvRead {
  const tooLarge = tooLargeMessage(input);
  if (tooLarge) return { ok: false, fatal: tooLarge };
  let text = normaliseNewlines(stripBom(input));
  if (text.trim() === '') return { ok: false, fatal: 'The file is empty.' };

  // Skip blank lines (and a preamble, when asked) before the header; keep the count.
  let lineBase = 1;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end);
    const isHeader = options.isHeaderLine ? options.isHeaderLine(line) : line.trim() !== '';
    if (isHeader || end === -1) break;
    start = end + 1;
    lineBase++;
  }
  if (start > 0) text = text.slice(start);
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (options.isHeaderLine && !options.isHeaderLine(firstLine)) {
    return { ok: false, fatal: 'No header line was found in the file.' };
  }
  const delimiter = options.delimiter ?? chooseDelimiter(firstLine, options.scoreHeader ?? ((c) => c.length));

  const rows: CsvRow[] = [];
  const errors: RowError[] = [];
  let header: string[] | undefined;
  // Line counting is incremental: each row starts where the previous one ended.
  let rowStart = 0;
  let counted = 0;
  let line = lineBase;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step: (result) => {
      for (let i = counted; i < rowStart; i++) if (text.charCodeAt(i) === 10) line++;
      counted = rowStart;
      const rowLine = line;
      rowStart = result.meta.cursor;
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        errors.push({
          line: rowLine,
          message:
            quoteError.code === 'MissingQuotes'
              ? 'A quoted cell that starts on this line is never closed, so the rest of the file could not be read. Check the quotes on this line.'
              : 'A cell on this line has a stray quote ("). Put the whole cell in quotes and double any quote inside it.',
        });
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      if (!header) header = cells;
      else rows.push({ line: rowLine, cells });
    },
  });
  if (!header) return { ok: false, fatal: 'The file has no header line.' };
  return { ok: true, table: { header, headerLine: lineBase, rows, delimiter, errors } };
}

/**
 * Cells starting with `= + - @ tab CR` are written by our exporter with a `'` in front,
 * so a spreadsheet shows them as text instead of running them as formulas. Reading them
 * back removes exactly one `'` from cells of the form `'…'=…`; a value that itself began
 * with `'` and a formula character was exported with one more `'`, so the round trip is lossless.
 */
export function unprotectCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** See {@link unprotectCell}. */
export function protectCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
