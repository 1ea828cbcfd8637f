// `npm run bench`: DESIGN's budgets, each measured through the action bundles
// users run (dist/<name>/index.js, as the runner runs them), against an anchor
// timed in the same run (interleaved, median). Prints one table and exits
// non-zero when a budget is missed.
//
//   node bench/run.mjs [cold-start] [hashing] [junit] [tags] [store]   (after `npm run build`)
//   BENCH_QUICK=1 node bench/run.mjs                                    (small sizes: checks the bench works)
//
// Sizes and counts: BENCH_MODEL_MIB, BENCH_LARGE_MODEL_MIB, BENCH_JUNIT_CASES,
// BENCH_TAGS, BENCH_STORE_MIB, BENCH_RUNS, BENCH_START_RUNS (see each bench/*.mjs).
import { benchColdStart } from './cold-start.mjs';
import { benchHashing } from './hashing.mjs';
import { benchJunit } from './junit.mjs';
import { benchStore } from './store.mjs';
import { benchTags } from './tags.mjs';
import { printTable, quick } from './harness.mjs';

const suites = [
  ['cold-start', benchColdStart],
  ['hashing', benchHashing],
  ['junit', benchJunit],
  ['tags', benchTags],
  ['store', benchStore],
];
const only = process.argv.slice(2);
const unknown = only.filter((name) => !suites.some(([suite]) => suite === name));
if (unknown.length > 0) {
  console.error(`Unknown bench ${unknown.join(', ')}: choose from ${suites.map(([name]) => name).join(', ')}.`);
  process.exit(2);
}

console.log(
  `Node ${process.version}, ${quick ? 'quick mode (BENCH_QUICK=1): small sizes, figures not comparable with the budgets' : 'full sizes'}`,
);
const rows = [];
for (const [name, bench] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  const started = Date.now();
  rows.push(...(await bench({ log: (line) => console.log(line) })));
  console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log('');
printTable(rows);
const failed = rows.filter((r) => r.ok === false);
const measured = rows.filter((r) => r.ok !== undefined);
console.log(
  failed.length === 0
    ? `\nall ${measured.length} measured budgets met`
    : `\n${failed.length} of ${measured.length} measured budgets missed`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
