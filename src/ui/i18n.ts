/**
 * All UI text goes through `t()`, which reads `browser.i18n`: the browser picks
 * the librarian's language among `_locales/*` and falls back to English.
 * Substitutions are `$1`…`$9` in the message, as Chrome and Firefox define them.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n/en';

export type { MessageKey };

/** WXT types getMessage from public/_locales, which holds no English file: ours is generated at build. */
type I18n = { getMessage(key: string, substitutions?: string[]): string };

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  // An unknown key gives '' in the browser; showing the key makes the slip visible instead of blank.
  return (browser.i18n as unknown as I18n).getMessage(key, subs.map(String)) || key;
}

/** The browser's UI language (e.g. `en-US`), for Intl and date-fns formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
