import { describe, expect, it } from 'vitest';
import { fold, guessLang, scanWords, termOf, tokenize } from '../../../../src/core/match/text';

describe('fold', () => {
  it('lower-cases and removes accents', () => {
    expect(fold('Ecología Día de los MUERTOS, cempasúchil, Galápagos')).toBe('ecologia dia de los muertos, cempasuchil, galapagos');
  });
  it('makes typographic punctuation plain and keeps ASCII text as is', () => {
    expect(fold('Newton’s laws – grades 6–8')).toBe("newton's laws - grades 6-8");
    expect(fold('plain ascii')).toBe('plain ascii');
    expect(fold('Straße, Æsop, Søren')).toBe('strasse, aesop, soren');
  });
});

describe('scanWords', () => {
  it('keeps codes whole, aside, and still yields their parts as words', () => {
    const w = scanWords(fold('Standards: CCSS.ELA-LITERACY.RL.7.1, MS-LS2-3 and VA:Cr1.2.7a.'));
    expect(w.codes).toEqual(['ccss.ela-literacy.rl.7.1', 'ms-ls2-3', 'va:cr1.2.7a']);
    expect(w.words).toEqual(['standards', 'ccss', 'ela', 'literacy', 'rl', '7', '1', 'ms', 'ls2', '3', 'and', 'va', 'cr1', '2', '7a']);
  });
  it('splits hyphenated words, drops possessive s and apostrophes, ignores trailing punctuation', () => {
    const w = scanWords(fold("Ms. Rivera's food-web project (don't forget) ends."));
    expect(w.words).toEqual(['ms', 'rivera', 'food', 'web', 'project', 'dont', 'forget', 'ends']);
    expect(w.codes).toEqual([]);
  });
  it('does not take dates or times for codes', () => {
    expect(scanWords('due 2025-10-14 at 10:30').codes).toEqual([]);
  });
  it('counts language hints', () => {
    const en = scanWords(fold('The food web of the pond and its producers'));
    const es = scanWords(fold('La cadena alimentaria de los seres vivos y el bosque'));
    expect(guessLang(en.enHints, en.esHints)).toBe('en');
    expect(guessLang(es.enHints, es.esHints)).toBe('es');
  });
});

describe('termOf / tokenize', () => {
  it('drops stop words and LMS boilerplate per language', () => {
    const t = tokenize('The assignment is due Friday: submit your food webs', 'en');
    expect(t.terms.filter(Boolean)).toEqual(['food', 'web']);
  });
  it('keeps "era" in English but not in Spanish', () => {
    expect(termOf('era', 'en')).toBe('era');
    expect(termOf('era', 'es')).toBe('');
  });
  it('keeps years and alphanumeric words, drops small numbers and single letters', () => {
    expect(termOf('1812', 'en')).toBe('1812');
    expect(termOf('ls2', 'en')).toBe('ls2');
    expect(termOf('7', 'en')).toBe('');
    expect(termOf('x', 'en')).toBe('');
  });
  it('guesses the language when not told, and stems for it', () => {
    const es = tokenize('Los ecosistemas y las cadenas alimentarias del bosque');
    expect(es.lang).toBe('es');
    expect(es.terms.filter(Boolean)).toEqual(['ecosistem', 'caden', 'alimentari', 'bosqu']);
    const en = tokenize('The ecosystems of the forest');
    expect(en.lang).toBe('en');
    expect(en.terms.filter(Boolean)).toEqual(['ecosystem', 'forest']);
  });
  it('folds accents before stemming, so accented and plain spellings meet', () => {
    expect(tokenize('Contaminación', 'es').terms).toEqual(tokenize('contaminacion', 'es').terms);
  });
});
