import { describe, expect, it } from 'vitest';
import { classifySender, validateRequest } from '../../../src/messaging/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const content = { id: ID, url: 'https://springfield.instructure.com/courses/1/assignments/2', tab: { id: 7 }, frameId: 0 };
const extPage = { id: ID, url: `${ORIGIN}popup.html` };
const context = {
  site: 'canvas',
  kind: 'assignment',
  url: 'https://springfield.instructure.com/courses/1/assignments/2',
  title: 'Food webs lab',
  text: 'Producers, consumers and decomposers',
  dates: ['2026-12-01'],
  people: ['Maria Lopez'],
};

describe('classifySender', () => {
  it('tells content scripts from extension pages', () => {
    expect(classifySender(content, ID, ORIGIN)).toBe('content');
    expect(classifySender(extPage, ID, ORIGIN)).toBe('extension');
    expect(classifySender({ ...extPage, url: `${ORIGIN}panel.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe('extension');
  });
  it('rejects other extensions and senders without a tab or a web URL', () => {
    expect(classifySender({ ...content, id: 'someoneelse' }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'file:///etc/passwd', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(classifySender({}, ID, ORIGIN)).toBeNull();
  });
});

describe('validateRequest', () => {
  it('accepts a well-formed page context from a content script', () => {
    const r = validateRequest({ type: 'page:context', context }, content, ID, ORIGIN);
    expect(r.ok).toBe(true);
  });
  it('rejects unknown types, missing fields, extra fields and oversize text', () => {
    const cases: unknown[] = [
      { type: 'nope' },
      { type: 'page:context' },
      { type: 'page:context', context: { ...context, kind: 'weird' } },
      { type: 'page:context', context: { ...context, extra: 1 } },
      { type: 'page:context', context: { ...context, text: 'x'.repeat(50_001) } },
      { type: 'page:context', context: { ...context, dates: ['yesterday'] } },
      null,
      'data:changed',
      42,
    ];
    for (const m of cases) {
      const r = validateRequest(m, content, ID, ORIGIN);
      expect(r.ok, JSON.stringify(m)?.slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/malformed/);
    }
  });
  it('refuses writes and panel requests from content scripts (a compromised page cannot forge them)', () => {
    for (const m of [{ type: 'data:changed' }, { type: 'panel:get' }, { type: 'panel:dismiss', scope: 'site' }, { type: 'sites:sync' }, { type: 'tab:match', tabId: 1 }]) {
      const r = validateRequest(m, content, ID, ORIGIN);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/not accepted from a content script/);
    }
  });
  it('refuses page readings from extension pages', () => {
    const r = validateRequest({ type: 'page:context', context }, extPage, ID, ORIGIN);
    expect(r.ok).toBe(false);
  });
  it('accepts extension-page requests from extension pages', () => {
    expect(validateRequest({ type: 'data:changed' }, extPage, ID, ORIGIN).ok).toBe(true);
    expect(validateRequest({ type: 'panel:resize', expanded: true, height: 500 }, extPage, ID, ORIGIN).ok).toBe(true);
    expect(validateRequest({ type: 'panel:resize', expanded: true, height: 1e9 }, extPage, ID, ORIGIN).ok).toBe(false);
  });
});
