import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, FRAGMENTS } from '../../../src/i18n/en';
import { substitute } from '../../../src/i18n/substitute';
import { t } from '../../../src/ui/i18n';

const ROOT = join(__dirname, '../../..');

/** Every .ts/.tsx file under the folders that hold UI and extension code. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('English messages', () => {
  it('no key is defined in two fragments (a later one would silently win)', () => {
    const seen = new Map<string, string>();
    for (const [fragment, entries] of Object.entries(FRAGMENTS)) {
      for (const key of Object.keys(entries)) {
        expect(seen.get(key), `${key} is in both ${seen.get(key)} and ${fragment}`).toBeUndefined();
        seen.set(key, fragment);
      }
    }
  });

  it('keys are what Chrome accepts, messages are not empty, at most $1…$9', () => {
    for (const [key, entry] of Object.entries(EN)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      for (const m of entry.message.matchAll(/\$(\d+)/g)) expect(Number(m[1]), key).toBeLessThanOrEqual(9);
    }
  });

  it('every message is used by the code or the manifest', () => {
    const code = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'entrypoints')), join(ROOT, 'wxt.config.ts')]
      .filter((p) => !p.includes(`${join('src', 'i18n')}`))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    const unused = Object.keys(EN).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

describe('substitute (what getMessage does in the browser)', () => {
  it('replaces $1…$9 and $$', () => {
    expect(substitute('$1 of $2 cost $$5', ['3', '7'])).toBe('3 of 7 cost $5');
    expect(substitute('missing $2', ['a'])).toBe('missing ');
  });
});

describe('t()', () => {
  it('reads browser.i18n, and shows the key when a message is missing', () => {
    expect(t('extName')).toBe('Library Liaison');
    expect(t('noSuchKey' as never)).toBe('noSuchKey');
  });
});
