/**
 * People named on a page, matched to contacts: `page.people` ("Ms. Rivera",
 * "Rivera, Ana", "ana.rivera@school.org") and full names or honorific + last
 * name in the text ("Ms. Rivera's class", "Ana Rivera"). A last name alone in
 * running text is not enough: too many are common words (Brown, Rice, King).
 */
import type { Contact, Stored } from '../types';
import { fold, scanWords } from './text';

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'coach', 'sr', 'sra', 'srta', 'senor',
  'senora', 'senorita', 'profe', 'maestra', 'maestro',
]);

interface NameParts {
  first: string;
  last: string;
}

/** First and last name of a name as written: "Ana Rivera", "Rivera, Ana", "Dr. Ana M. Rivera". */
export function nameParts(name: string): NameParts | null {
  const folded = fold(name);
  const comma = folded.indexOf(',');
  const ordered = comma > 0 ? `${folded.slice(comma + 1)} ${folded.slice(0, comma)}` : folded;
  const words = scanWords(ordered).words.filter((w) => !HONORIFICS.has(w));
  if (words.length === 0) return null;
  return { first: words.length > 1 ? words[0]! : '', last: words[words.length - 1]! };
}

/** What a word is to the name index: an honorific, and/or the first or last name of some contacts. */
export interface NameWord {
  honorific: boolean;
  /** Contacts with this first name / last name. */
  firstOf: number[];
  lastOf: number[];
}

/** Contacts by name words and email, updated one contact at a time. */
export class NameIndex {
  private readonly words = new Map<string, NameWord>();
  private readonly emails = new Map<string, number>();
  private readonly parts = new Map<number, NameParts & { email: string }>();

  constructor() {
    for (const h of HONORIFICS) this.words.set(h, { honorific: true, firstOf: [], lastOf: [] });
  }

  private info(word: string): NameWord {
    let i = this.words.get(word);
    if (!i) {
      i = { honorific: false, firstOf: [], lastOf: [] };
      this.words.set(word, i);
    }
    return i;
  }

  upsert(c: Stored<Contact>): void {
    this.remove(c.id);
    const p = nameParts(c.name);
    const email = (c.email ?? '').trim().toLowerCase();
    if (!p && !email) return;
    this.parts.set(c.id, { first: p?.first ?? '', last: p?.last ?? '', email });
    if (p?.first) this.info(p.first).firstOf.push(c.id);
    if (p?.last) this.info(p.last).lastOf.push(c.id);
    if (email) this.emails.set(email, c.id);
  }

  remove(id: number): void {
    const p = this.parts.get(id);
    if (!p) return;
    this.parts.delete(id);
    for (const [word, key] of [[p.first, 'firstOf'], [p.last, 'lastOf']] as const) {
      const info = word ? this.words.get(word) : undefined;
      if (!info) continue;
      info[key] = info[key].filter((x) => x !== id);
      if (!info.honorific && info.firstOf.length === 0 && info.lastOf.length === 0) this.words.delete(word);
    }
    if (p.email && this.emails.get(p.email) === id) this.emails.delete(p.email);
  }

  /** Contacts named by one entry of `page.people`. A bare last name ("Rivera", "Ms. Rivera") counts here. */
  resolvePerson(person: string): number[] {
    const trimmed = person.trim().toLowerCase();
    const email = /[^\s<>]+@[^\s<>]+/.exec(trimmed)?.[0];
    if (email) {
      const id = this.emails.get(email);
      if (id !== undefined) return [id];
    }
    const p = nameParts(email ? trimmed.replace(email, '') : person);
    if (!p) return [];
    const byLast = this.words.get(p.last)?.lastOf ?? [];
    if (!p.first) return [...byLast];
    const full = byLast.filter((id) => {
      const first = this.parts.get(id)?.first ?? '';
      return first === p.first || (p.first.length === 1 && first.startsWith(p.first));
    });
    return full.length > 0 ? full : [];
  }

  /**
   * Bare last names in a short, structured text: a course name ("Science 6 -
   * Kowalczyk") or an event title ("Library - Feldstein P2"). `topical` rejects
   * words that are also library vocabulary, where a name is likelier a topic.
   */
  findLastNames(words: readonly string[], out: Set<number>, topical: (word: string) => boolean): void {
    for (const w of words) {
      const info = this.words.get(w);
      if (info && info.lastOf.length > 0 && !topical(w)) for (const id of info.lastOf) out.add(id);
    }
  }

  /** The word's part in names, or undefined (most words): lets a page reader check a name only where one can be. */
  lookup(word: string): NameWord | undefined {
    return this.words.get(word);
  }

  /** Contacts named by two consecutive words: a first name then the last name, or an honorific then a last name. */
  pair(prev: NameWord | undefined, cur: NameWord, out: Set<number>): void {
    if (!prev || cur.lastOf.length === 0) return;
    if (prev.honorific) for (const id of cur.lastOf) out.add(id);
    else for (const id of cur.lastOf) if (prev.firstOf.includes(id)) out.add(id);
  }

  /** Contacts named in running text (see `pair`). `words` are folded words in order. */
  findInWords(words: readonly string[], out: Set<number>): void {
    let prev: NameWord | undefined;
    for (const w of words) {
      const info = this.words.get(w);
      if (info) this.pair(prev, info, out);
      prev = info;
    }
  }
}
