import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN, type MessageKey } from '../../src/i18n/en';
import { substitute } from '../../src/i18n/substitute';

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser has no i18n: answer from the English messages, as the browser would.
  fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) =>
    key in EN ? substitute(EN[key as MessageKey].message, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
