import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Lexicon } from '../../../../src/core/match/lexicon';
import { Int32Slab } from '../../../../src/core/match/slab';
import { fold, scanWords } from '../../../../src/core/match/text';

/** What the lexicon read, as words, with the hint counts. */
function read(lex: Lexicon, text: string) {
  const count = lex.scan(text);
  return {
    words: Array.from(lex.nums.subarray(0, count), (n) => lex.words[n]),
    enHints: lex.enHints,
    esHints: lex.esHints,
  };
}

function expected(text: string) {
  const w = scanWords(fold(text));
  return { words: w.words, enHints: w.enHints, esHints: w.esHints };
}

describe('Lexicon', () => {
  it('cuts words as scanWords(fold(text)) does, giving one number per word form', () => {
    const lex = new Lexicon();
    const texts = [
      'The Food-Web of the Forest: RL.7.1 and MS-LS2-3',
      "Paulsen's Hatchet; don't O'Neil-Smith rock'n'roll",
      'Ecología y cadenas alimentarias del bosque — “Ecosistemas”',
      'VA:Cr1.2.7a ... end. - : 7th grade, grades 6-8',
      '',
    ];
    for (const t of texts) expect(read(lex, t)).toEqual(expected(t));
    const a = lex.scan('Forest forest FOREST');
    expect(a).toBe(3);
    expect(new Set(lex.nums.subarray(0, 3)).size).toBe(1);
  });

  it('agrees with scanWords on any text, through growth of its tables', () => {
    const lex = new Lexicon();
    const chars = fc.constantFrom(...'aAbBeéñzZ019 .-:\'’s—,ÆßİK'.split(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, maxLength: 40 }), { maxLength: 30 }), (texts) => {
        for (const t of texts) expect(read(lex, t)).toEqual(expected(t));
      }),
      { numRuns: 300 },
    );
    // Thousands of distinct words: the table and buffers grow, earlier numbers stay.
    const first = lex.scan('zebra');
    for (let i = 0; i < 5000; i++) lex.scan(`word${i} w${i}x`);
    expect(lex.scan('zebra')).toBe(1);
    expect(lex.nums[0]).toBe(lex.words.indexOf('zebra'));
    expect(first).toBe(1);
    expect(read(lex, 'word4999 w17x')).toEqual(expected('word4999 w17x'));
  });
});

describe('Int32Slab', () => {
  it('gives zeroed arrays that do not overlap, large ones on their own', () => {
    const slab = new Int32Slab(64);
    const arrays = Array.from({ length: 40 }, (_, i) => slab.take(1 + (i % 16)));
    arrays.forEach((a, i) => {
      expect(a.length).toBe(1 + (i % 16));
      expect([...a].every((x) => x === 0)).toBe(true);
      a.fill(i + 1);
    });
    arrays.forEach((a, i) => expect([...a].every((x) => x === i + 1)).toBe(true));
    const big = slab.take(100);
    expect(big.length).toBe(100);
    expect(big.buffer.byteLength).toBe(400);
  });
});
