/**
 * The baseline the engine has to beat: MiniSearch used the obvious way. Units
 * and resources go into one index (title boosted), the page's title, course
 * name and text (capped like the engine's) are the query, terms OR-combined;
 * the top unit is the best unit hit if its score clears a plain threshold,
 * and resources are the best resource hits.
 */
import MiniSearch from 'minisearch';
import type { Library, PageContext } from '../../src/core/types';
import type { Matcher, MatchResult } from '../../src/core/match/types';

interface Doc {
  id: string;
  type: 'unit' | 'resource';
  refId: number;
  title: string;
  keywords: string;
  standards: string;
  author: string;
  subject: string;
  description: string;
}

/** Same cap as the engine's default, so both read the same text. */
const TEXT_CAP = 20_000;

export function pageQuery(page: PageContext): string {
  return [page.title, page.courseName ?? '', page.text.slice(0, TEXT_CAP)].join(' ');
}

export class MiniSearchMatcher implements Matcher {
  private readonly index: MiniSearch<Doc>;

  constructor(
    library: Library,
    private readonly threshold: number,
  ) {
    this.index = new MiniSearch<Doc>({
      fields: ['title', 'keywords', 'standards', 'author', 'subject', 'description'],
      storeFields: ['type', 'refId'],
      searchOptions: { boost: { title: 2, keywords: 1.5 }, combineWith: 'OR' },
    });
    const docs: Doc[] = [
      ...library.units.map((u) => ({
        id: `u${u.id}`,
        type: 'unit' as const,
        refId: u.id,
        title: u.title,
        keywords: u.keywords.join(' '),
        standards: u.standards.join(' '),
        author: '',
        subject: u.subject,
        description: u.description,
      })),
      ...library.resources.map((r) => ({
        id: `r${r.id}`,
        type: 'resource' as const,
        refId: r.id,
        title: r.title,
        keywords: r.keywords.join(' '),
        standards: '',
        author: r.author ?? '',
        subject: r.subjects.join(' '),
        description: r.description,
      })),
    ];
    this.index.addAll(docs);
  }

  /** The best unit hit and its score, before the threshold. */
  topUnit(page: PageContext): { unitId: number; score: number } | null {
    const hit = this.index.search(pageQuery(page), { filter: (r) => r.type === 'unit' })[0];
    return hit ? { unitId: hit.refId as number, score: hit.score } : null;
  }

  match(page: PageContext): MatchResult {
    const hits = this.index.search(pageQuery(page));
    const unit = hits.find((h) => h.type === 'unit');
    const units =
      unit && unit.score >= this.threshold
        ? [{ unitId: unit.refId as number, score: unit.score, confidence: 1, evidence: [] }]
        : [];
    const resources = hits
      .filter((h) => h.type === 'resource')
      .slice(0, 10)
      .map((h) => ({ resourceId: h.refId as number, score: h.score, via: 'page' as const }));
    return { units, resources, contactIds: [] };
  }
}

/**
 * The threshold at which the baseline does best on these pages (the mean of
 * top-1 accuracy and decoy silence), so the engine is compared with the
 * baseline at its best, not with an arbitrary setting.
 */
export function bestThreshold(
  library: Library,
  cases: ReadonlyArray<{ page: PageContext; expectUnit: string | null }>,
): number {
  const probe = new MiniSearchMatcher(library, 0);
  const title = new Map(library.units.map((u) => [u.id, u.title]));
  const tops = cases.map((c) => {
    const top = probe.topUnit(c.page);
    return { score: top?.score ?? 0, right: top !== null && title.get(top.unitId) === c.expectUnit, decoy: c.expectUnit === null };
  });
  const nUnits = tops.filter((t) => !t.decoy).length || 1;
  const nDecoys = tops.filter((t) => t.decoy).length || 1;
  let best = { threshold: 0, value: -1 };
  const candidates = [0, ...new Set(tops.map((t) => t.score + 1e-9))].sort((a, b) => a - b);
  for (const threshold of candidates) {
    const top1 = tops.filter((t) => !t.decoy && t.right && t.score >= threshold).length / nUnits;
    const silence = tops.filter((t) => t.decoy && t.score < threshold).length / nDecoys;
    const value = (top1 + silence) / 2;
    if (value > best.value) best = { threshold, value };
  }
  return best.threshold;
}
