// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../src/io/import-file';
import { ImportView, PARSE_CHUNK_ROWS, readImportFileChunked } from '../../../../src/ui/options/ImportView';
import { db } from '../../../../src/ui/options/data';

const now = new Date('2026-11-23T10:00:00');
const enc = (s: string) => new TextEncoder().encode(s);
const HEADER = 'name,role,email,subjects,grades,organization,check_in_days,notes';

/** n contacts; every 700th has a bad role, row 4,500 repeats row 10's email (another chunk), row 3 has a note over two lines. */
function bigContacts(n: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= n; i++) {
    const role = i % 700 === 0 ? 'principle' : 'teacher';
    const email = i === 4500 ? 'p10@school.example.org' : `p${i}@school.example.org`;
    const notes = i === 3 ? '"two\nlines"' : '';
    lines.push(`Person ${i},${role},${email},,,,,${notes}`);
  }
  return `\r\n${lines.join('\r\n')}\r\n`;
}

describe('reading a large CSV in chunks', () => {
  it('gives exactly what one parse gives: rows, errors and their file lines, cross-chunk duplicates, total', async () => {
    const bytes = enc(bigContacts(5000));
    const whole = readImportFile('auto', 'c.csv', bytes, now);
    const fractions: number[] = [];
    const chunked = await readImportFileChunked('auto', 'c.csv', bytes, now, (done, total) => fractions.push(done / total));
    expect(fractions.length).toBeGreaterThanOrEqual(Math.floor(5000 / PARSE_CHUNK_ROWS));
    expect(fractions.at(-1)).toBe(1);
    expect(chunked.item.kind).toBe('contacts');
    expect(chunked.item.result.total).toBe(whole.item.result.total);
    const names = (x: typeof whole) => x.item.result.rows.map((r) => [r.line, (r.record as { name: string }).name]);
    expect(names(chunked)).toEqual(names(whole));
    expect(chunked.item.result.errors.map((e) => [e.line, e.field])).toEqual(whole.item.result.errors.map((e) => [e.line, e.field]));
    const dup = chunked.item.result.errors.find((e) => /Duplicate/.test(e.message));
    // Blank first line, header on 2, row i on line i + 2 (+1 after the two-line note of row 3).
    expect(dup).toMatchObject({ line: 4500 + 3, message: 'Duplicate of line 13 (same email).' });
  });

  it('reads a small file, a vCard or a file with a preamble in one go', async () => {
    const small = enc(`${HEADER}\nAnn,teacher,,,,,,`);
    expect((await readImportFileChunked('auto', 'c.csv', small, now)).item).toEqual(readImportFile('auto', 'c.csv', small, now).item);
  });
});

describe('ImportView', () => {
  let root: HTMLDivElement;
  beforeEach(async () => {
    await db.contacts.clear();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const until = async (check: () => boolean, ms = 15000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('shows a progress bar while it reads and writes, then the result', async () => {
    render(<ImportView notify={() => undefined} />, root);
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const bar = root.querySelector<HTMLProgressElement>('#imp-progress');
      if (bar) seen.add(`${root.querySelector('[data-testid="import-progress"] label')?.textContent?.split('…')[0]}|${bar.getAttribute('value') ?? 'indeterminate'}`);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const file = new File([bigContacts(3000)], 'contacts.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await until(() => root.querySelector('[data-testid="import-accept"]') !== null);
    expect(root.querySelector('[data-testid="import-preview"]')?.textContent).toMatch(/2996 of 3000 contacts rows are ready/);
    expect(root.querySelectorAll('[data-testid="import-errors"] tbody tr')).toHaveLength(4);
    root.querySelector<HTMLButtonElement>('[data-testid="import-accept"]')!.click();
    await until(() => root.querySelector('[data-testid="import-status"]') !== null);
    observer.disconnect();
    expect(root.querySelector('[data-testid="import-status"]')?.textContent).toBe('Imported 2996 contacts from contacts.csv.');
    expect(await db.contacts.count()).toBe(2996);
    const phases = [...seen];
    expect(phases.some((p) => p.startsWith('Reading the file'))).toBe(true);
    expect(phases.some((p) => p.startsWith('Importing|') && Number(p.split('|')[1]) > 0 && Number(p.split('|')[1]) < 100)).toBe(true);
    expect(root.querySelector('#imp-progress')).toBeNull();
  });
});

describe('errorText', () => {
  it('says plainly that storage is full, and passes other messages through', async () => {
    const { errorText } = await import('../../../../src/ui/options/ImportView');
    const { StorageFullError } = await import('../../../../src/db/errors');
    expect(errorText(new StorageFullError(new DOMException('x', 'QuotaExceededError')))).toMatch(/^Your browser's storage is full: nothing was saved/);
    const { ImportAbortedError } = await import('../../../../src/db/import');
    expect(errorText(new ImportAbortedError([{ line: 4, field: 'teachers', message: 'teacher "Ann" is not one of your contacts' }]))).toBe(
      'Nothing was imported: 1 row(s) no longer match what is stored (first: line 4: teacher "Ann" is not one of your contacts). Choose the file again to see the new preview.',
    );
    expect(errorText(new Error('disk on fire'))).toBe('disk on fire');
  });
});
