/**
 * `npm test`: typecheck, unit tests, then the end-to-end suite in the system's
 * Chromium. Stops at the first failing step with that step's exit code, and
 * closes with one plain line of counts over both test suites.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_STEP, requireChromium, runStep } from './e2e.mjs';

const out = mkdtempSync(join(tmpdir(), 'll-test-'));
/** Adds a JSON report next to vitest's usual output, so the counts can be summed. */
const withReport = (name, args) => [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, `${name}.json`)}`];
const counts = { passed: 0, failed: 0, skipped: 0 };
function addCounts(name) {
  try {
    const r = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    counts.skipped += r.numPendingTests + r.numTodoTests;
  } catch {
    counts.failed += 1; // no report: the step did not finish
  }
}
function finish(code) {
  console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  process.exit(code);
}

const started = performance.now();
let code = runStep('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (code !== 0) finish(code);
code = runStep('unit', 'npx', withReport('unit', ['vitest', 'run']));
addCounts('unit');
if (code !== 0) finish(code);
requireChromium();
code = runStep(E2E_STEP[0], E2E_STEP[1], withReport('e2e', E2E_STEP[2]));
addCounts('e2e');
if (code === 0) console.log(`\nAll steps passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
finish(code);
