/**
 * The built manifests against an allow-list: the Chrome e2e build (made by the
 * e2e global setup) and the Firefox MV3 production build (made here, once).
 * Then Mozilla's own linter, `web-ext lint`, over the Firefox build, run in a
 * network namespace with no network at all (`unshare -n`) where the machine
 * allows it, to prove it needs none.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_PATH, ROOT } from './harness';

// Beside the e2e build when LL_OUT_DIR is set (then the Chrome and Firefox outputs share that folder).
const FIREFOX_PATH = join(ROOT, process.env.LL_OUT_DIR || '.output', 'firefox-mv3');

const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'contextMenus', 'notifications'];
/** The hosted LMSs and calendars: the only pages a manifest content script may run on. */
const HOSTED_SITES = [
  'https://*.instructure.com/*',
  'https://classroom.google.com/*',
  'https://*.schoology.com/*',
  'https://*.moodlecloud.com/*',
  'https://*.brightspace.com/*',
  'https://*.desire2learn.com/*',
  'https://*.blackboard.com/*',
  'https://calendar.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];
/** The one test-only host the e2e build may reach without a permission dialog (wxt.config.ts). */
const E2E_HOST = 'https://moodle.springfield-sd.org/*';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

/** Sources in a CSP that reach the network: hosts, `*`, and network schemes. Keywords, data: and blob: do not. */
function remoteSources(csp: string): string[] {
  const local = /^('[^']*'|data:|blob:|filesystem:|mediastream:)$/i;
  return csp
    .split(';')
    .flatMap((d) => d.trim().split(/\s+/).slice(1))
    .filter((source) => source !== '' && !local.test(source));
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

let chrome: Manifest;
let firefox: Manifest;

beforeAll(() => {
  if (process.env.LL_SKIP_BUILD === '1' && existsSync(join(FIREFOX_PATH, 'manifest.json'))) {
    console.log('manifest: LL_SKIP_BUILD=1, reusing .output/firefox-mv3');
  } else {
    // The production build: without LL_E2E, whatever the caller's environment says.
    const env = { ...process.env };
    delete env.LL_E2E;
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npx wxt build -b firefox --mv3 failed (exit ${build.status ?? build.signal}):\n${build.stdout}\n${build.stderr}`);
  }
  chrome = readManifest(E2E_EXTENSION_PATH);
  firefox = readManifest(FIREFOX_PATH);
}, 180_000);

describe.each([
  ['Chrome (e2e build)', () => chrome, [E2E_HOST]],
  ['Firefox (production build)', () => firefox, []],
] as const)('the %s manifest', (_name, manifest, hostPermissions) => {
  it('is MV3 and asks only for the allowed permissions', () => {
    expect(manifest().manifest_version).toBe(3);
    expect(manifest().permissions?.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
    expect(manifest().optional_permissions ?? []).toEqual([]);
  });

  it(`has host_permissions ${hostPermissions.length ? 'for the test host only' : 'for nothing'}`, () => {
    expect(manifest().host_permissions ?? []).toEqual(hostPermissions);
  });

  it('runs content scripts only on the hosted LMSs and calendars', () => {
    const matches = (manifest().content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((m) => !HOSTED_SITES.includes(m))).toEqual([]);
  });

  it('asks for any other site only optionally, as https://*/* (secure pages only)', () => {
    expect([...(manifest().optional_host_permissions ?? [])].sort()).toEqual(['https://*/*']);
  });

  it('exposes only the panel to web pages, and no messaging to them', () => {
    expect(manifest().web_accessible_resources?.flatMap((w) => w.resources)).toEqual(['panel.html']);
    expect(manifest().externally_connectable).toBeUndefined();
  });

  it('has a CSP with no remote source and script only from itself', () => {
    const csp = manifest().content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(remoteSources(csp)).toEqual([]);
    expect(remoteSources(manifest().content_security_policy?.sandbox ?? '')).toEqual([]);
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const gecko = firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});

// ---------------------------------------------------------------- web-ext lint

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Lint codes about code that could run strings as code or markup. */
const SECURITY_CODE = /UNSAFE|EVAL|DANGEROUS|REMOTE|INNERHTML|CSP|NO_DOCUMENT_WRITE|OPENDIALOG/;

/** Where a lint message points in the built file, for the report and to tell library code from ours. */
function excerptAt(m: LintMessage): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(FIREFOX_PATH, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - 200), at + 200);
}

describe('web-ext lint of the Firefox build', () => {
  let report: LintReport;
  let offline: boolean;

  beforeAll(() => {
    // No network namespace when the machine allows one: the linter then cannot reach anything.
    offline = spawnSync('unshare', ['-n', 'true']).status === 0;
    const webExt = join(ROOT, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', FIREFOX_PATH, '--output', 'json', '--no-input', '--no-config-discovery', '--boring'];
    // NO_UPDATE_NOTIFIER: web-ext otherwise checks the npm registry for a newer web-ext.
    const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
    const run = offline ? spawnSync('unshare', ['-n', webExt, ...args], { env, encoding: 'utf8' }) : spawnSync(webExt, args, { env, encoding: 'utf8' });
    if (!offline) console.log('manifest: `unshare -n` is not available here, so web-ext lint ran with the network it has');
    if (run.error) throw run.error;
    try {
      report = JSON.parse(run.stdout) as LintReport;
    } catch {
      throw new Error(`web-ext lint gave no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const rows = [...report.errors, ...report.warnings, ...report.notices].map(
      (m) => `  ${m.code}  ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? ''}` : ''}  ${m.message}${m.description ? ` (${m.description.replace(/\s+/g, ' ').slice(0, 200)})` : ''}`,
    );
    console.log(`manifest: web-ext lint${offline ? ' (no network)' : ''}: ${JSON.stringify(report.summary)}\n${rows.join('\n')}`);
  }, 120_000);

  it('finds no errors', () => {
    expect(report.errors).toEqual([]);
  });

  it('flags nothing security-relevant in our own code (library internals are reported above)', () => {
    const flagged = [...report.errors, ...report.warnings, ...report.notices].filter((m) => SECURITY_CODE.test(m.code));
    // Accepted: Preact's renderer, which assigns innerHTML only for `dangerouslySetInnerHTML`, a prop our code never uses.
    const ours = flagged.filter((m) => !(m.code === 'UNSAFE_VAR_ASSIGNMENT' && /dangerouslySetInnerHTML/.test(excerptAt(m))));
    expect(ours.map((m) => ({ code: m.code, file: m.file, line: m.line, column: m.column, at: excerptAt(m) }))).toEqual([]);
  });

  it('our sources never write markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const hits = spawnSync('grep', ['-rnE', '\\.(innerHTML|outerHTML)\\s*=|insertAdjacentHTML|document\\.write|dangerouslySetInnerHTML', 'src', 'entrypoints'], { cwd: ROOT, encoding: 'utf8' });
    // grep exits 1 when nothing matches, 2 on trouble.
    expect(hits.status, hits.stderr).toBe(1);
    expect(hits.stdout).toBe('');
  });
});
