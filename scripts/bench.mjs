/**
 * `npm run bench`: every performance budget, one table.
 *
 * Builds the production extension once (`npx wxt build` into .output/chrome-mv3;
 * skip with `--no-build`), then runs the TypeScript benchmark modules through
 * vite-node (scripts/bench/run-all.ts), passing the other arguments through:
 * `--json` writes bench-results.json, `--only size,browser` runs only those modules.
 * Exits non-zero when a budget is missed.
 */
import { runStep } from './e2e.mjs';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  const code = runStep('production build', 'npx', ['wxt', 'build']);
  if (code !== 0) process.exit(code);
}
const passed = args.filter((a) => a !== '--no-build');
process.exit(runStep('benchmarks', 'npx', ['vite-node', 'scripts/bench/run-all.ts', '--', ...passed]));
