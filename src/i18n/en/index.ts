/**
 * The English messages, in Chrome's messages.json format, kept in one JSON
 * fragment per area so that several views can grow their text side by side.
 * The build (wxt.config.ts) merges them into `_locales/en/messages.json`;
 * the UI reads them only through `browser.i18n.getMessage` (see src/ui/i18n.ts),
 * so a translation is one more `public/_locales/<lang>/messages.json`, not code.
 *
 * To add a fragment: write `<area>.json` here and spread it below.
 */
import manifest from './manifest.json';
import app from './app.json';
import log from './log.json';
import planning from './planning.json';
import lists from './lists.json';
import popup from './popup.json';
import data from './data.json';
import calendar from './calendar.json';
import panel from './panel.json';
import due from './due.json';

export interface MessageEntry {
  message: string;
  description?: string;
}

export const FRAGMENTS = { manifest, app, log, planning, lists, popup, data, calendar, panel, due } as const;

export const EN = { ...manifest, ...app, ...log, ...planning, ...lists, ...popup, ...data, ...calendar, ...panel, ...due } satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof EN;
