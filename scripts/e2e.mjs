/**
 * `npm run test:e2e`: the end-to-end suite alone (builds the e2e extension in
 * its global setup, then drives it in the system's Chromium).
 * Also exports the step runner that scripts/test.mjs shares.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs one step with inherited output, prints its duration, returns its exit code. */
export function runStep(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.error) console.error(result.error.message);
  // Killed by a signal: report it the way a shell would (128 + signal number).
  const code = result.status ?? (result.signal ? 128 + (constants.signals[result.signal] ?? 0) : 1);
  console.log(`${code === 0 ? '✔' : '✘'} ${name} ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`);
  return code;
}

/** Exits 1 with the install instruction when the system's Chromium is missing. */
export function requireChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return;
  console.error(`Chromium is missing: install it with \`apt-get update && apt-get install -y chromium\` (end-to-end tests need the system's Chromium)`);
  process.exit(1);
}

export const E2E_STEP = ['e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  requireChromium();
  process.exit(runStep(...E2E_STEP));
}
