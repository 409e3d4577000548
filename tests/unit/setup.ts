import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN, type MessageKey } from '../../src/i18n/en';
import { substitute } from '../../src/i18n/substitute';

// Property tests use one seed by default, so a run (and CI) is reproducible; `FC_SEED=random`
// explores new inputs, `FC_SEED=<n>` replays the seed a failure printed.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261123 });

beforeEach(() => {
  fakeBrowser.reset();
  // fake-browser has no i18n: answer from the English messages, as the browser would.
  fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) =>
    key in EN ? substitute(EN[key as MessageKey].message, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
});
