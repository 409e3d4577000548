/**
 * `npm run demo [-- --headless] [-- --out DIR]`: runs scripts/demo.ts with
 * vite-node (installed with wxt), which compiles the TypeScript harness on the fly.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = spawn('npx', ['vite-node', 'scripts/demo.ts', '--', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// Ctrl+C reaches the demo too (same process group); wait for it to close the browser and report.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
