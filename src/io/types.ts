/**
 * The shape every importer returns. Importers are pure: they parse text (or bytes)
 * into records and per-row errors; the database layer writes the good rows in one
 * transaction, and only when the user accepts them. Nothing is written on a failure.
 */
export interface RowError {
  /** 1-based line number in the file where the bad row starts (header = line 1), or record number for non-line formats. */
  line: number;
  /** Column or field the problem is in, when known. */
  field?: string;
  /** A sentence a librarian can act on: `role "principle" is not one of teacher, specialist, …`. */
  message: string;
}

export interface ParsedRow<T> {
  line: number;
  record: T;
  /** Non-fatal remarks about this row (a field ignored, a value cleaned). */
  warnings?: string[];
}

export interface ImportResult<T> {
  /** Rows that parsed cleanly. */
  rows: ParsedRow<T>[];
  /** Rows that did not, with the reason. */
  errors: RowError[];
  /** Problems with the file as a whole (missing required columns, wrong encoding, empty file). When set, `rows` is empty. */
  fatal?: string;
  /** Total data rows seen (good + bad). */
  total: number;
}

/** Files larger than this are refused before parsing, with a clear message. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
