/**
 * Content-script size budget, on the production build (.output/chrome-mv3, as
 * `npm run bench` builds it): every content script under 20 KB minified (the
 * bytes of the built file, which WXT minifies in production) and free of
 * Preact and Dexie.
 *
 * "Free of" is checked with telltale strings that survive minification:
 * Dexie's own name (class, error names, warnings) and the `IDBKeyRange` global
 * it binds; Preact's mangled internal properties `__k` (a vnode's children)
 * and `__H` (a component's hooks). A telltale only proves absence if it is
 * found where the library is known to be, so the last row checks that each
 * telltale does occur in the extension-page bundles (background, popup,
 * options); if a future release renames them, that row fails instead of the
 * check passing vacuously.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROD_EXTENSION_PATH } from '../../tests/e2e/harness';
import type { BenchRow } from './types';

const BUDGET_BYTES = 20 * 1024;
/** One script per hosted site, plus the one registered at run time for self-hosted sites. */
const EXPECTED = ['canvas', 'classroom', 'schoology', 'moodle', 'brightspace', 'blackboard', 'calendar', 'selfhosted'];

const TELLTALES: Record<'Preact' | 'Dexie', RegExp[]> = {
  Preact: [/(?<![\w$])__k(?![\w$])/, /(?<![\w$])__H(?![\w$])/],
  Dexie: [/Dexie/, /IDBKeyRange/],
};

/** Libraries whose telltales occur in `code`. */
function librariesIn(code: string): string[] {
  return Object.entries(TELLTALES)
    .filter(([, marks]) => marks.some((m) => m.test(code)))
    .map(([lib]) => lib);
}

/** Every .js file under `dir`, relative to it. */
function jsFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith('.js') ? [`${prefix}${e.name}`] : [],
  );
}

export async function benchSize(root = PROD_EXTENSION_PATH): Promise<BenchRow[]> {
  const dir = join(root, 'content-scripts');
  if (!existsSync(join(root, 'manifest.json'))) {
    return [{ name: 'size: content scripts', budget: '< 20 KB each', measured: `no production build at ${root} (run \`npx wxt build\`)`, ok: false }];
  }
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const fromManifest = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((p) => p.replace(/^\/?content-scripts\//, ''));
  const built = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  const names = [...new Set([...EXPECTED.map((n) => `${n}.js`), ...built, ...fromManifest])].sort();

  const rows: BenchRow[] = names.map((file) => {
    const path = join(dir, file);
    const name = `size: content-scripts/${file}`;
    const budget = '< 20 KB, no Preact/Dexie';
    if (!existsSync(path)) return { name, budget, measured: 'missing from the build', ok: false };
    const bytes = statSync(path).size;
    const libs = librariesIn(readFileSync(path, 'utf8'));
    const measured = `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en-US')} B), ${libs.length ? `contains ${libs.join(' and ')}` : 'no Preact, no Dexie'}`;
    return { name, budget, measured, ok: bytes < BUDGET_BYTES && libs.length === 0 };
  });

  // Positive control: each telltale must be found in the bundles that do carry the libraries.
  const pages = jsFiles(root).filter((f) => !f.startsWith('content-scripts/'));
  const found = Object.entries(TELLTALES).flatMap(([lib, marks]) =>
    marks.map((m) => ({ lib, mark: m.source, files: pages.filter((f) => m.test(readFileSync(join(root, f), 'utf8'))) })),
  );
  const lost = found.filter((f) => f.files.length === 0);
  rows.push({
    name: 'size: telltales really mark Preact and Dexie (found in extension-page bundles)',
    budget: 'every telltale found',
    measured: lost.length
      ? `not found: ${lost.map((f) => `${f.lib} ${f.mark}`).join(', ')} (update TELLTALES in size.bench.ts)`
      : [...new Set(found.map((f) => `${f.lib} in ${f.files.join(', ')}`))].join('; '),
    ok: lost.length === 0,
  });
  return rows;
}
