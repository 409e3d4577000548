// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { DEFAULT_SETTINGS, type Contact, type Interaction, type Settings, type Stored, type Unit } from '../../../src/core/types';
import { BarChart } from '../../../src/ui/charts/BarChart';
import { ReportPage } from '../../../src/ui/report/ReportPage';
import { ReportView } from '../../../src/ui/report/ReportView';

const CREATED = '2025-08-01T12:00:00.000Z';
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  schoolName: 'Springfield <Middle>',
  schoolYear: { start: '2025-09-01', end: '2026-06-30', breaks: [] },
};
const contacts: Stored<Contact>[] = [
  { id: 1, name: 'Ana Rivera', role: 'teacher', subjects: ['Science'], grades: [7], archived: false, createdAt: CREATED },
  { id: 2, name: 'Eve Moreau', role: 'public-librarian', subjects: [], grades: [], archived: false, createdAt: CREATED },
];
const units: Stored<Unit>[] = [
  { id: 1, title: 'Ecosystem Dynamics', subject: 'Science', grades: [7], teacherIds: [1], keywords: [], standards: [], description: '', createdAt: CREATED },
];
const NOTES = '<img src=x onerror="window.pwned=1"><b>Loved it</b>';
const interactions: Interaction[] = [
  { id: 1, kind: 'co-taught-lesson', date: '2025-12-02', contactIds: [1], unitId: 1, classes: 3, students: 1234, highlight: true, notes: NOTES, createdAt: CREATED },
  { id: 2, kind: 'event', date: '2025-12-09', contactIds: [2], students: 45, notes: '', createdAt: CREATED },
  { id: 3, kind: 'check-in', date: '2024-12-10', contactIds: [1], notes: '', createdAt: CREATED },
];
const NOW = new Date(2026, 1, 10, 12);
const PERIOD = { start: '2025-11-15', end: '2026-01-29', label: 'Q2 2025–26' };

function makeReport(overrides: Partial<ReportInput> = {}) {
  return buildReport({ contacts, units, resources: [], interactions, settings, period: PERIOD, now: NOW, ...overrides });
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('ReportView', () => {
  it('gives every chart a title and a data table', () => {
    render(<ReportView report={makeReport()} schoolName="Springfield Middle" />, root);
    const charts = [...root.querySelectorAll('svg[role="img"]')];
    expect(charts).toHaveLength(3); // by month, by kind, grade × subject
    for (const svg of charts) {
      const ids = svg.getAttribute('aria-labelledby')!.split(' ');
      const title = root.querySelector(`[id="${ids[0]}"]`);
      expect(title?.tagName.toLowerCase()).toBe('title');
      expect(title?.parentElement).toBe(svg);
      expect(text(title)).not.toBe('');
      const figure = svg.closest('figure')!;
      const table = figure.querySelector('details table');
      expect(table).not.toBeNull();
      expect(text(table!.querySelector('caption'))).toBe(text(title));
    }
  });

  it('shows the figures in tiles, on bars and in the tables', () => {
    render(<ReportView report={makeReport()} schoolName="Springfield Middle" />, root);
    expect(text(root.querySelector('h1'))).toContain('Springfield Middle');
    expect(text(root.querySelector('.ll-report__period'))).toContain('Q2 2025–26');
    const tiles = Object.fromEntries(
      [...root.querySelectorAll('.ll-tile')].map((t) => [text(t.querySelector('.ll-tile__label')), text(t.querySelector('.ll-tile__value'))]),
    );
    expect(tiles).toMatchObject({ 'Log entries': '2', 'Classes reached': '3', 'Students reached': '1,234', 'Partner events': '1' });
    // The trend compares with a year earlier (entry 3 in Dec 2024): grouped bars with a legend.
    const trend = root.querySelector('figure')!;
    expect(text(trend.querySelector('.ll-chart__legend'))).toContain('A year earlier');
    const decRow = [...trend.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === 'Dec 2025')!;
    expect([...decRow.querySelectorAll('td')].map(text)).toEqual(['2', '1']);
    // Nov 2024 predates the log: shown as a dash, not as 0.
    const novRow = [...trend.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === 'Nov 2025')!;
    expect([...novRow.querySelectorAll('td')].map(text)).toEqual(['0', '—']);
    // Values are written on the bars themselves, not only in the table.
    expect([...trend.querySelectorAll('svg text')].map(text)).toContain('2');
    // The grid: grade 7 × Science has 1 entry (entry 1, through its unit).
    const grid = [...root.querySelectorAll('figure')].find((f) => text(f.querySelector('figcaption')).includes('grade and subject'))!;
    const row7 = [...grid.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === 'Grade 7')!;
    expect([...row7.querySelectorAll('td')].map(text)).toEqual(['1']);
  });

  it('shows HTML typed into notes as text', () => {
    render(<ReportView report={makeReport()} schoolName="<i>School</i>" />, root);
    const highlight = root.querySelector('.ll-highlight')!;
    expect(text(highlight)).toContain('Dec 2, 2025 · Co-taught lesson with Ana Rivera · Ecosystem Dynamics');
    expect(highlight.querySelector('img, b')).toBeNull();
    expect(text(highlight.querySelector('.ll-highlight__notes'))).toBe(NOTES);
    expect(root.querySelector('h1 i')).toBeNull();
    expect(text(root.querySelector('h1'))).toContain('<i>School</i>');
  });

  it('renders an empty period with its notice and without broken charts', () => {
    render(<ReportView report={makeReport({ interactions: [] })} schoolName="Springfield Middle" />, root);
    expect(text(root.querySelector('.ll-report__empty'))).toBe('No log entries in this period.');
    expect(text(root.querySelector('.ll-report__warnings'))).toContain('No log entries in this period.');
    // No last-year data at all: one series, no legend.
    expect(root.querySelector('.ll-chart__legend')).toBeNull();
    expect(root.querySelectorAll('svg[role="img"]')).toHaveLength(3);
  });
});

describe('BarChart', () => {
  it('labels every bar with its value and hatches the second series', () => {
    render(
      <BarChart
        title="Test chart"
        description="What it shows"
        categories={['A', 'B']}
        series={[
          { name: 'Now', values: [3, 0] },
          { name: 'Before', values: [null, 5] },
        ]}
      />,
      root,
    );
    const svg = root.querySelector('svg[role="img"]')!;
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(text(svg.querySelector(`[id="${descId}"]`))).toBe('What it shows');
    expect(text(svg.querySelector(`[id="${titleId}"]`))).toBe('Test chart');
    expect([...svg.querySelectorAll('text')].map(text)).toEqual(expect.arrayContaining(['3', '0', '—', '5']));
    // Two bars drawn (3 and 5: zero and no-data draw none); the second series is filled with the stripes pattern.
    const bars = [...svg.querySelectorAll('rect.ll-chart__bar')];
    expect(bars).toHaveLength(2);
    const hatched = bars.filter((r) => r.classList.contains('ll-chart__bar--hatched'));
    expect(hatched).toHaveLength(1);
    const patternId = /^url\(#(.+)\)$/.exec(hatched[0]!.getAttribute('fill') ?? '')?.[1];
    expect(svg.querySelector(`pattern[id="${patternId}"]`)).not.toBeNull();
  });
});

describe('ReportPage', () => {
  async function mount() {
    const loadData = vi.fn(async () => ({ contacts, units, resources: [], interactions, settings }));
    await act(async () => {
      render(<ReportPage loadData={loadData} now={() => new Date(2025, 11, 20)} />, root);
    });
    await act(async () => {});
    return loadData;
  }

  it('loads once, shows this quarter, and switches periods', async () => {
    const loadData = await mount();
    expect(loadData).toHaveBeenCalledTimes(1);
    expect(text(root.querySelector('.ll-report__period'))).toContain('Q2 2025–26');
    const schoolYear = root.querySelector<HTMLInputElement>('input[value="school-year"]')!;
    await act(async () => {
      schoolYear.click();
    });
    expect(text(root.querySelector('.ll-report__period'))).toContain('School year 2025–26');
    expect(root.querySelector('.no-print fieldset')).not.toBeNull();
    expect(loadData).toHaveBeenCalledTimes(1);
  });

  it('asks for both dates before a custom report', async () => {
    await mount();
    await act(async () => {
      root.querySelector<HTMLInputElement>('input[value="custom"]')!.click();
    });
    expect(root.querySelector('.ll-report')).toBeNull();
    expect(root.textContent).toContain('A custom period needs a start and an end date');
    expect(root.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
  });

  it('downloads the CSV through an object URL and copies the summary', async () => {
    await mount();
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    const buttons = Object.fromEntries([...root.querySelectorAll('button')].map((b) => [text(b), b]));
    await act(async () => {
      buttons['Download CSV']!.click();
    });
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const csv = await created[0]!.text();
    expect(csv).toContain('Log entries,2');

    await act(async () => {
      buttons['Copy summary']!.click();
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toContain('Library report: Springfield <Middle>');
    expect(text(root.querySelector('[role="status"]'))).toBe('Summary copied.');
  });
});
