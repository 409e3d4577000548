/** The matching engine's public face: build an index over the library, match pages, evaluate. */
export { buildMatcher, MatchIndex, WEIGHTS, type MatchOptions } from './engine';
export { evaluate, type EvalCase, type EvalReport, type CaseResult } from './evaluate';
export { parseStandard, type StandardCode } from './standards';
export { fold, tokenize, type Lang, type Tokens } from './text';
export type { BuildMatcher, Evidence, EvidenceKind, Matcher, MatchResult, ResourceMatch, UnitMatch } from './types';
