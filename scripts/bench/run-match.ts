/** Prints the matching benchmark: `npx vite-node scripts/bench/run-match.ts`. Exits 1 when a budget is missed. */
import { benchMatch } from './match.bench';

const rows = await benchMatch();
const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) console.log(`${r.ok ? 'ok  ' : 'MISS'} ${r.name.padEnd(width)}  budget ${r.budget.padEnd(9)} measured ${r.measured}`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
