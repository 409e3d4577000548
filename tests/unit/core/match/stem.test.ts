import { describe, expect, it } from 'vitest';
import { stemEnglish, stemSpanish } from '../../../../src/core/match/stem';

describe('stemEnglish (Porter)', () => {
  // Final outputs of the published Porter algorithm.
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster',
    motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop',
    tanned: 'tan', falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail', filing: 'file', happy: 'happi',
    sky: 'sky', relational: 'relat', conditional: 'condit', rational: 'ration', digitizer: 'digit',
    vietnamization: 'vietnam', predication: 'predic', operator: 'oper', feudalism: 'feudal', decisiveness: 'decis',
    hopefulness: 'hope', callousness: 'callous', sensitivity: 'sensit', triplicate: 'triplic', formative: 'form',
    formalize: 'formal', electrical: 'electr', goodness: 'good', revival: 'reviv', allowance: 'allow',
    inference: 'infer', airliner: 'airlin', adjustable: 'adjust', defensible: 'defens', irritant: 'irrit',
    replacement: 'replac', adjustment: 'adjust', dependent: 'depend', adoption: 'adopt', communism: 'commun',
    activate: 'activ', effective: 'effect', bowdlerize: 'bowdler', probate: 'probat', rate: 'rate', cease: 'ceas',
    controlling: 'control', rolling: 'roll', generalizations: 'gener', connections: 'connect',
  };
  it.each(Object.entries(cases))('%s -> %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
  it('brings singular and plural, and inflections, together', () => {
    expect(stemEnglish('ecosystems')).toBe(stemEnglish('ecosystem'));
    expect(stemEnglish('webs')).toBe(stemEnglish('web'));
    expect(stemEnglish('pollinators')).toBe(stemEnglish('pollinator'));
    expect(stemEnglish('is')).toBe('is');
  });
});

describe('stemSpanish (light)', () => {
  it.each([
    ['ecosistemas', 'ecosistema'],
    ['alimentarias', 'alimentario'],
    ['cadenas', 'cadena'],
    ['contaminacion', 'contaminar'],
    ['civiles', 'civil'],
    ['luces', 'luz'],
    ['derechos', 'derecho'],
    ['tradiciones', 'tradicion'],
    ['rapidamente', 'rapido'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stemSpanish(a)).toBe(stemSpanish(b));
  });
  it('keeps different words apart and short words whole', () => {
    expect(stemSpanish('guerra')).not.toBe(stemSpanish('derechos'));
    expect(stemSpanish('sol')).toBe('sol');
    expect(stemSpanish('ecosistemas')).toBe('ecosistem');
  });
});
