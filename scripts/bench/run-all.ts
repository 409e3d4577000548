/**
 * Runs every benchmark module and prints one table (name, budget, measured,
 * ok). Started by `npm run bench` (scripts/bench.mjs), which builds the
 * production extension first; alone: `npx vite-node scripts/bench/run-all.ts`.
 *
 * Options: `--json` also writes the rows to bench-results.json at the
 * repository root; `--only size,import` runs only the named modules.
 * Exits 1 when any budget is missed or a module could not run.
 *
 * Modules are imported one at a time, when their turn comes, so that a module
 * that is missing or fails to load costs its own row (ok = false) and not the
 * whole table.
 */
import './node-i18n';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness';
import type { BenchRow } from './types';

type Bench = () => Promise<BenchRow[]>;

const MODULES: { name: string; load: () => Promise<Bench> }[] = [
  { name: 'size', load: async () => (await import('./size.bench')).benchSize },
  { name: 'reminders', load: async () => (await import('./reminders.bench')).benchReminders },
  { name: 'report', load: async () => (await import('./report.bench')).benchReport },
  { name: 'match', load: async () => (await import('./match.bench')).benchMatch },
  { name: 'import', load: async () => (await import('./import.bench')).benchImport },
  { name: 'browser', load: async () => (await import('./browser.bench')).benchBrowser },
  { name: 'calendar', load: async () => (await import('./calendar.bench')).benchCalendar },
  { name: 'popup', load: async () => (await import('./popup.bench')).benchPopup },
  { name: 'lists', load: async () => (await import('./lists.bench')).benchLists },
];

const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1])?.split(',') : undefined;
const unknown = only?.filter((n) => !MODULES.some((m) => m.name === n)) ?? [];
if (unknown.length) {
  console.error(`Unknown benchmark module(s): ${unknown.join(', ')}. Known: ${MODULES.map((m) => m.name).join(', ')}`);
  process.exit(2);
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
const started = performance.now();
const rows: BenchRow[] = [];
for (const m of MODULES.filter((x) => !only || only.includes(x.name))) {
  const t0 = performance.now();
  process.stderr.write(`▶ ${m.name}…\n`);
  let bench: Bench;
  try {
    bench = await m.load();
  } catch (err) {
    rows.push({ name: `${m.name}: benchmark module`, budget: '-', measured: `not available (${firstLine(err)})`, ok: false });
    continue;
  }
  try {
    rows.push(...(await bench()));
  } catch (err) {
    rows.push({ name: `${m.name}: benchmark`, budget: '-', measured: `failed: ${firstLine(err)}`, ok: false });
    console.error(err);
  }
  process.stderr.write(`  ${m.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const missed = rows.filter((r) => !r.ok).length;
const seconds = (performance.now() - started) / 1000;
const context = `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), load average (1/5/15 min) ${loadBefore} before, ${load()} after; Node ${process.version}; ${seconds.toFixed(0)} s`;
if (args.includes('--json')) {
  const file = join(ROOT, 'bench-results.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), context, rows }, null, 2)}\n`);
  process.stderr.write(`Wrote ${file}\n`);
}
const out = `\n${table(rows)}\n\n${rows.length - missed} of ${rows.length} budgets met. ${context}\n`;
// Exit only once the table is written: stdout to a pipe is asynchronous, and lingering handles must not keep us alive.
process.stdout.write(out, () => process.exit(missed > 0 ? 1 : 0));

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}

/** A plain-text table; `measured` is the last column, so long notes wrap without breaking the others. */
function table(list: BenchRow[]): string {
  const head = { name: 'name', budget: 'budget', measured: 'measured', ok: 'ok' };
  const w = {
    name: Math.max(head.name.length, ...list.map((r) => r.name.length)),
    budget: Math.max(head.budget.length, ...list.map((r) => r.budget.length)),
  };
  const line = (ok: string, name: string, budget: string, measured: string) => `${ok.padEnd(4)}  ${name.padEnd(w.name)}  ${budget.padEnd(w.budget)}  ${measured}`;
  return [
    line(head.ok, head.name, head.budget, head.measured),
    line('----', '-'.repeat(w.name), '-'.repeat(w.budget), '-'.repeat(8)),
    ...list.map((r) => line(r.ok ? 'ok' : 'MISS', r.name, r.budget, r.measured)),
  ].join('\n');
}
