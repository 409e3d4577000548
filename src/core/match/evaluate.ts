/**
 * Scores a matcher against labelled pages: does it name the right unit, stay
 * silent on pages about nothing in the library, and bring the expected
 * resources. Used by the evaluation suite (`npm run eval`) for the engine and
 * for the MiniSearch baseline alike.
 */
import type { Library, PageContext } from '../types';
import type { BuildMatcher } from './types';

/** One labelled page (the shape of `tests/eval/cases.ts`). */
export interface EvalCase {
  id: string;
  note: string;
  page: PageContext;
  /** Title of the unit the page is about, or null for a decoy. */
  expectUnit: string | null;
  /** Resource titles that should be among the first five. */
  expectResources?: string[];
}

export interface CaseResult {
  id: string;
  note: string;
  expectUnit: string | null;
  /** Title of the top unit returned, or null when silent. */
  gotUnit: string | null;
  gotConfidence: number | null;
  /** Expected unit: right at top-1. Decoy: stayed silent. */
  ok: boolean;
  /** Share of expected resources among the first five returned; null when none are expected. */
  recall: number | null;
  missingResources: string[];
  topResources: string[];
}

export interface EvalReport {
  /** Over cases with an expected unit: share whose top unit is that unit. */
  top1Accuracy: number;
  /** Over decoys: share with no unit returned. */
  decoySilence: number;
  /** Over cases with expected resources: mean share of them among the first five returned. */
  resourceRecallAt5: number;
  counts: { units: number; decoys: number; withResources: number };
  perCase: CaseResult[];
}

const mean = (xs: number[]) => (xs.length === 0 ? 1 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function evaluate(matcherFactory: BuildMatcher, cases: readonly EvalCase[], library: Library, now: Date): EvalReport {
  const matcher = matcherFactory(library);
  const unitTitle = new Map(library.units.map((u) => [u.id, u.title]));
  const resourceTitle = new Map(library.resources.map((r) => [r.id, r.title]));

  const perCase: CaseResult[] = cases.map((c) => {
    const result = matcher.match(c.page, now);
    const top = result.units[0];
    const gotUnit = top ? (unitTitle.get(top.unitId) ?? null) : null;
    const topResources = result.resources.slice(0, 5).map((r) => resourceTitle.get(r.resourceId) ?? '');
    const expected = c.expectResources ?? [];
    const missingResources = expected.filter((t) => !topResources.includes(t));
    return {
      id: c.id,
      note: c.note,
      expectUnit: c.expectUnit,
      gotUnit,
      gotConfidence: top ? top.confidence : null,
      ok: c.expectUnit === null ? gotUnit === null : gotUnit === c.expectUnit,
      recall: expected.length > 0 ? (expected.length - missingResources.length) / expected.length : null,
      missingResources,
      topResources,
    };
  });

  const unitCases = perCase.filter((c) => c.expectUnit !== null);
  const decoys = perCase.filter((c) => c.expectUnit === null);
  const withResources = perCase.filter((c) => c.recall !== null);
  return {
    top1Accuracy: mean(unitCases.map((c) => (c.ok ? 1 : 0))),
    decoySilence: mean(decoys.map((c) => (c.ok ? 1 : 0))),
    resourceRecallAt5: mean(withResources.map((c) => c.recall!)),
    counts: { units: unitCases.length, decoys: decoys.length, withResources: withResources.length },
    perCase,
  };
}
