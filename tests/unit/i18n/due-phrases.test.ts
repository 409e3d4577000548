import { describe, expect, it } from 'vitest';
import { ENGLISH_PHRASES, type LastContact } from '../../../src/core/reminders';
import { INTERACTION_KINDS } from '../../../src/core/types';
import { duePhrases } from '../../../src/ui/due-phrases';

/** The messages in _locales/en must say exactly what core's English says, so translating them changes wording only. */
describe('due-item sentences through browser.i18n', () => {
  const lasts: LastContact[] = [{ when: 'never' }, { when: 'today' }, { when: 'yesterday' }, { when: 'days', days: 23 }, { when: 'future', date: '2026-12-01' }];

  it('check-ins, unit prompts and name lists read as core writes them', () => {
    for (const l of lasts) expect(duePhrases.checkIn('Maria Lopez', l)).toBe(ENGLISH_PHRASES.checkIn('Maria Lopez', l));
    expect(duePhrases.unitStart('Ana and Ben', 'Hatchet', '2026-12-01')).toBe(ENGLISH_PHRASES.unitStart('Ana and Ben', 'Hatchet', '2026-12-01'));
    expect(duePhrases.unitEnd('Ana', 'Hatchet')).toBe(ENGLISH_PHRASES.unitEnd('Ana', 'Hatchet'));
    for (const names of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D', 'E']]) expect(duePhrases.names(names)).toBe(ENGLISH_PHRASES.names(names));
  });

  it('follow-ups with and without people and unit, for every kind', () => {
    for (const kind of INTERACTION_KINDS) {
      for (const who of [undefined, 'Ana']) {
        for (const unit of [undefined, 'Hatchet']) expect(duePhrases.followUp(who, unit, kind, '2026-11-02')).toBe(ENGLISH_PHRASES.followUp(who, unit, kind, '2026-11-02'));
      }
    }
  });
});
