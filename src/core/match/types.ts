import type { PageContext, Library } from '../types';

export type EvidenceKind =
  | 'title'
  | 'keyword'
  | 'term'
  | 'standard'
  | 'resource-title'
  | 'resource-author'
  | 'grade'
  | 'subject'
  | 'teacher'
  | 'course'
  | 'dates';

/** One reason a unit matched, in words a librarian can read ("keyword: food webs"). */
export interface Evidence {
  kind: EvidenceKind;
  /** The text found on the page (or the signal value), plain text. */
  value: string;
  weight: number;
}

export interface UnitMatch {
  unitId: number;
  score: number;
  /** 0..1; only matches at or above the engine's threshold are returned. */
  confidence: number;
  evidence: Evidence[];
}

export interface ResourceMatch {
  resourceId: number;
  score: number;
  /** Why: tagged for the matched unit, or matched the page directly. */
  via: 'unit' | 'page';
}

export interface MatchResult {
  units: UnitMatch[];
  resources: ResourceMatch[];
  /** Contact ids involved: teachers of the matched units and people named on the page. */
  contactIds: number[];
}

/** A prepared index over the library; build once, query per page. */
export interface Matcher {
  match(page: PageContext, now: Date): MatchResult;
}

export type BuildMatcher = (library: Library) => Matcher;
