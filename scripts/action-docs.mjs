// Generates the inputs and outputs tables of every action's README (and of
// the root README) from its action.yml, so the docs cannot drift from the
// contract. `--write` rewrites the files; `--check` fails when one is stale.
//
// Markers: in actions/<name>/README.md `<!-- inputs -->…<!-- /inputs -->` and
// `<!-- outputs -->…<!-- /outputs -->`; in README.md the same with the action's
// name: `<!-- build:inputs -->…<!-- /build:inputs -->`.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function actionNames(root = '.') {
  return readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort();
}

export function readContract(root, name) {
  return parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
}

function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

export function inputsTable(contract) {
  const rows = Object.entries(contract.inputs ?? {}).map(([name, input]) => {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${input.default}\``;
    return `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${cell(fallback)} | ${cell(input.description)} |`;
  });
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(contract) {
  const rows = Object.entries(contract.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- marker -->` and `<!-- /marker -->`. */
export function fillMarker(text, marker, content, file) {
  const open = `<!-- ${marker} -->`;
  const close = `<!-- /${marker} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file} has no ${open} … ${close} block`);
  return `${text.slice(0, start + open.length)}\n\n${content}\n\n${text.slice(end)}`;
}

/** Every README with its expected text: [{ file, current, expected }]. */
export function renderAll(root = '.') {
  const results = [];
  const rootFile = join(root, 'README.md');
  let rootText = existsSync(rootFile) ? readFileSync(rootFile, 'utf8') : undefined;
  const rootCurrent = rootText;
  for (const name of actionNames(root)) {
    const contract = readContract(root, name);
    const file = join(root, 'actions', name, 'README.md');
    const current = readFileSync(file, 'utf8');
    let expected = fillMarker(current, 'inputs', inputsTable(contract), file);
    expected = fillMarker(expected, 'outputs', outputsTable(contract), file);
    results.push({ file, current, expected });
    if (rootText !== undefined && rootText.includes(`<!-- ${name}:inputs -->`)) {
      rootText = fillMarker(rootText, `${name}:inputs`, inputsTable(contract), rootFile);
      rootText = fillMarker(rootText, `${name}:outputs`, outputsTable(contract), rootFile);
    }
  }
  if (rootText !== undefined) results.push({ file: rootFile, current: rootCurrent, expected: rootText });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  let stale = 0;
  for (const { file, current, expected } of renderAll('.')) {
    if (current === expected) continue;
    if (write) {
      writeFileSync(file, expected);
      console.log(`updated ${file}`);
    } else {
      stale++;
      console.error(`${file} is out of date with action.yml: run \`npm run docs\`.`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
