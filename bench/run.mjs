// `npm run bench`: every budget of DESIGN.md, measured as ratios in one run.
// Each module returns rows { name, value, unit, budget, ok }.
import { benchColdStart } from './cold-start.mjs';
import { benchHashing } from './hashing.mjs';
import { benchJunit } from './junit.mjs';

const only = process.argv.slice(2);
const suites = [
  ['cold-start', benchColdStart],
  ['hashing', benchHashing],
  ['junit', benchJunit],
].filter(([name]) => only.length === 0 || only.includes(name));

const rows = [];
for (const [name, bench] of suites) {
  console.log(`\n== ${name}`);
  rows.push(...(await bench({ log: (line) => console.log(line) })));
}

console.log('\n== summary');
for (const row of rows) {
  console.log(`${row.ok ? 'ok  ' : 'OVER'}  ${row.name}: ${row.value} ${row.unit} (budget ${row.budget})`);
}
const over = rows.filter((row) => !row.ok);
console.log(
  over.length === 0 ? `\nall ${rows.length} budgets met` : `\n${over.length} of ${rows.length} budgets missed`,
);
process.exit(over.length === 0 ? 0 : 1);
