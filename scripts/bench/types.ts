/** One line of the benchmark report. */
export interface BenchRow {
  name: string;
  budget: string;
  measured: string;
  ok: boolean;
}

/** Times `fn` after `warmup` untimed calls: p50 and p95 of `runs` timed calls, in ms. */
export function measure(fn: () => void, runs: number, warmup: number): { p50: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** A row judged on p95 against a budget in ms. */
export function p95Row(name: string, t: { p50: number; p95: number }, budgetMs: number, runs: number): BenchRow {
  return {
    name,
    budget: `p95 < ${budgetMs} ms`,
    measured: `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms (${runs} runs)`,
    ok: t.p95 < budgetMs,
  };
}
