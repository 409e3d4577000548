import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStandard } from '../../../../src/core/match/standards';

describe('parseStandard', () => {
  it.each([
    ['CCSS.ELA-LITERACY.RL.7.1', 'rl.7.1', ['rl.7.1', 'rl.7']],
    ['RL.7.1', 'rl.7.1', ['rl.7.1', 'rl.7']],
    ['CCSS.MATH.CONTENT.7.RP.A.2', '7.rp.a.2', ['7.rp.a.2', '7.rp.a', '7.rp']],
    ['7.RP.A.2', '7.rp.a.2', ['7.rp.a.2', '7.rp.a', '7.rp']],
    ['MS-LS2-3', 'ms-ls2-3', ['ms-ls2-3', 'ms-ls2']],
    ['NGSS MS-LS2-3', 'ms-ls2-3', ['ms-ls2-3', 'ms-ls2']],
    ['D2.His.1.6-8', 'd2.his.1.6-8', ['d2.his.1.6-8', 'd2.his.1', 'd2.his']],
    ['CCSS.ELA-Literacy.W.7.2e', 'w.7.2e', ['w.7.2e', 'w.7.2', 'w.7']],
    ['SC.7.L.17.2', 'sc.7.l.17.2', ['sc.7.l.17.2', 'sc.7.l.17', 'sc.7.l', 'sc.7']],
    ['VA:Cr1.2.7a', 'va:cr1.2.7a', ['va:cr1.2.7a', 'va:cr1.2.7', 'va:cr1.2']],
  ])('%s -> %s', (raw, code, chain) => {
    expect(parseStandard(raw)).toEqual({ code, chain });
  });

  it('gives the same code however it is spelled', () => {
    expect(parseStandard(' ccss.ela-literacy.rl.7.1 ')?.code).toBe(parseStandard('RL.7.1')?.code);
    expect(parseStandard('RL . 7 . 1')?.code).toBe('rl.7.1');
  });

  it('refuses what is not code-shaped', () => {
    expect(parseStandard('photosynthesis')).toBeNull();
    expect(parseStandard('')).toBeNull();
    expect(parseStandard('RL..1')).toBeNull();
  });
});

// Real data: the official CCSS dot-notation crosswalk, whose URIs spell each code as a path.
const CCSSI = '../shared/external/curriculum/ccssi-identifiers-cr-line-endings.csv';
const NGSS = '../shared/external/curriculum/ngss-middle-school-pe-pdf-extracted.json';

describe('parseStandard on real standards files', () => {
  it.skipIf(!existsSync(CCSSI))(`every CCSS dot notation agrees with its URI path (skipped: ${CCSSI} absent)`, () => {
    const rows = readFileSync(CCSSI, 'utf8').split(/\r\n|\r|\n/).slice(1).filter(Boolean);
    expect(rows.length).toBeGreaterThan(1500);
    let checked = 0;
    for (const row of rows) {
      const [, dot, uri] = row.split(',');
      if (!dot || !uri) continue;
      const path = uri.replace(/^https?:\/\/corestandards\.org\/(ELA-Literacy|Math\/Content|Math\/Practice)\//i, '');
      // Anchors, single-segment entries, and the file's four broken URIs (`L/11-12//a`).
      if (path === uri || !path.includes('/') || path.includes('//')) continue;
      const parsed = parseStandard(dot);
      expect(parsed, dot).not.toBeNull();
      expect(parsed!.code, dot).toBe(path.split('/').join('.').toLowerCase());
      // Every parent is a prefix of the code, one segment shorter each time.
      for (let i = 1; i < parsed!.chain.length; i++) expect(parsed!.chain[i - 1]!.startsWith(parsed!.chain[i]!)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync(NGSS))(`every NGSS middle-school code parses with its DCI parent (skipped: ${NGSS} absent)`, () => {
    const data = JSON.parse(readFileSync(NGSS, 'utf8')) as { standards: Array<{ code: string }> };
    expect(data.standards.length).toBeGreaterThan(30);
    for (const { code } of data.standards) {
      const parsed = parseStandard(code);
      expect(parsed?.chain, code).toEqual([code.toLowerCase(), code.toLowerCase().replace(/-\d+$/, '')]);
    }
  });
});
