/**
 * Benchmarks render UI components in plain Node, where there is no extension
 * API: this gives `wxt/browser` (which reads `globalThis.chrome` when it first
 * loads) an `i18n.getMessage` answering from the English messages, as the
 * browser would. Imported before anything that imports the UI.
 */
import { EN, type MessageKey } from '../../src/i18n/en';
import { substitute } from '../../src/i18n/substitute';

const g = globalThis as { chrome?: Record<string, unknown> };
g.chrome ??= {};
g.chrome.i18n = {
  getMessage: (key: string, subs?: string | string[]) =>
    key in EN ? substitute(EN[key as MessageKey].message, typeof subs === 'string' ? [subs] : (subs ?? [])) : '',
  getUILanguage: () => 'en-US',
};
