/**
 * Global setup of the e2e suite (vitest.e2e.config.ts): checks the tools the
 * harness needs, then builds the e2e extension once for every test file.
 * `LL_SKIP_BUILD=1` reuses the last build (quick reruns while writing tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_EXTENSION_PATH, ROOT, assertChromium } from './harness';

export default function setup(): void {
  assertChromium();
  if (spawnSync('openssl', ['version']).error) {
    throw new Error('openssl not found: the e2e HTTPS server needs it for a throwaway certificate; install it with `apt-get install openssl`');
  }
  if (process.env.LL_SKIP_BUILD === '1') {
    console.log(`e2e: LL_SKIP_BUILD=1, reusing the build in ${E2E_EXTENSION_PATH}`);
  } else {
    const started = performance.now();
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LL_E2E: '1' }, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`LL_E2E=1 npx wxt build failed (exit ${build.status ?? build.signal})`);
    console.log(`e2e: built the extension in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(join(E2E_EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No e2e build at ${E2E_EXTENSION_PATH}: run \`LL_E2E=1 npx wxt build\` (or drop LL_SKIP_BUILD)`);
  }
}
