/**
 * The matching evaluation: the engine against MiniSearch on the labelled pages
 * of `cases.ts`, over the sample school. Prints a table and fails when the
 * engine is under the bar or under the baseline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, evalNow } from './cases';
import { bestThreshold, MiniSearchMatcher } from './minisearch-baseline';
import { buildSampleSchool } from '../../src/sample/school';
import { buildMatcher } from '../../src/core/match/engine';
import { evaluate, type EvalReport } from '../../src/core/match/evaluate';
import type { Library } from '../../src/core/types';

const BAR = { top1Accuracy: 0.9, decoySilence: 0.95, resourceRecallAt5: 0.8 } as const;
const METRICS = ['top1Accuracy', 'decoySilence', 'resourceRecallAt5'] as const;

let engine: EvalReport;
let baseline: EvalReport;
let threshold: number;

beforeAll(() => {
  const school = buildSampleSchool(evalNow);
  const library: Library = { contacts: school.contacts, units: school.units, resources: school.resources };
  engine = evaluate((lib) => buildMatcher(lib), cases, library, evalNow);
  threshold = bestThreshold(library, cases);
  baseline = evaluate((lib) => new MiniSearchMatcher(lib, threshold), cases, library, evalNow);

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(8);
  const lines = [
    `Matching evaluation: ${cases.length} pages (${engine.counts.units} with a unit, ${engine.counts.decoys} decoys, ${engine.counts.withResources} with expected resources)`,
    `${'metric'.padEnd(20)}${'bar'.padStart(8)}${'engine'.padStart(8)}${'minisearch'.padStart(12)}`,
    ...METRICS.map((m) => `${m.padEnd(20)}${pct(BAR[m])}${pct(engine[m])}${pct(baseline[m]).padStart(12)}`),
    `(MiniSearch threshold ${threshold.toFixed(2)}, the best for it on these pages)`,
    'Engine misses (unit, or resources not in its first five):',
    ...engine.perCase
      .filter((c) => !c.ok || (c.recall !== null && c.recall < 1))
      .map(
        (c) =>
          `  ${c.ok ? 'unit ok  ' : 'UNIT MISS'} ${c.id}: expected ${c.expectUnit ?? '(silence)'}, got ${c.gotUnit ?? '(silence)'}` +
          (c.missingResources.length ? `; resources not in top 5: ${c.missingResources.join(' | ')}` : ''),
      ),
  ];
  console.log(lines.join('\n'));
});

describe('matching evaluation', () => {
  it('has labelled pages of every kind', () => {
    expect(engine.counts.units).toBeGreaterThan(0);
    expect(engine.counts.decoys).toBeGreaterThan(0);
    expect(engine.counts.withResources).toBeGreaterThan(0);
  });

  it.each(METRICS)('engine meets the bar on %s', (m) => {
    expect(engine[m]).toBeGreaterThanOrEqual(BAR[m]);
  });

  it.each(METRICS)('engine beats MiniSearch on %s (or both are perfect)', (m) => {
    if (engine[m] === 1 && baseline[m] === 1) return;
    expect(engine[m]).toBeGreaterThan(baseline[m]);
  });
});
