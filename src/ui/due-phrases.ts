/** The due items' sentences in the librarian's language (see DuePhrases in core/reminders). */
import type { DuePhrases, LastContact } from '../core/reminders';
import type { InteractionKind } from '../core/types';
import { t, type MessageKey } from './i18n';

/** Kinds as they read inside a sentence ("check-in on 2 Nov"), which in English is lower case. */
const KIND_IN_SENTENCE: Record<InteractionKind, MessageKey> = {
  'co-teaching-idea': 'dueKindCoTeachingIdea',
  'check-in': 'dueKindCheckIn',
  'co-taught-lesson': 'dueKindCoTaughtLesson',
  meeting: 'dueKindMeeting',
  email: 'dueKindEmail',
  'resource-shared': 'dueKindResourceShared',
  event: 'dueKindEvent',
};

function last(l: LastContact): string {
  switch (l.when) {
    case 'never':
      return t('dueLastNever');
    case 'today':
      return t('dueLastToday');
    case 'yesterday':
      return t('dueLastYesterday');
    case 'days':
      return t('dueLastDays', l.days);
    case 'future':
      return t('dueLastFuture', l.date);
  }
}

export const duePhrases: DuePhrases = {
  checkIn: (name, l) => t('dueCheckIn', name, last(l)),
  unitStart: (names, unit, start) => t('dueUnitStart', names, unit, start),
  unitEnd: (names, unit) => t('dueUnitEnd', names, unit),
  followUp: (who, unit, kind, date) => {
    const what = t('dueFollowUpWhat', t(KIND_IN_SENTENCE[kind]), date);
    if (who && unit !== undefined) return t('dueFollowUpWhoAbout', who, unit, what);
    if (who) return t('dueFollowUpWho', who, what);
    if (unit !== undefined) return t('dueFollowUpAbout', unit, what);
    return t('dueFollowUp', what);
  },
  names: (names) => {
    if (names.length <= 1) return names[0] ?? '';
    if (names.length === 2) return t('dueNames2', names[0]!, names[1]!);
    if (names.length === 3) return t('dueNames3', names[0]!, names[1]!, names[2]!);
    return t('dueNamesMore', names[0]!, names[1]!, names.length - 2);
  },
};
