// dist/test/index.js on the reports of jest-junit, node's test runner and
// Maven Surefire, as those tools wrote them.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { runBundle, writeTree } from '@mlops-actions/action-testing';
import { errorAnnotations, fixtureReport, workspaceWith } from './support.js';

describe('dist/test on other reporters', () => {
  test('jest-junit: absolute stack paths become workspace paths; a suite that failed to load counts', async () => {
    const workspace = await workspaceWith({});
    // The report as jest would have written it in this workspace: its stack traces name files in it.
    await writeTree(workspace, { 'jest/junit.xml': fixtureReport('jest-junit.xml', workspace) });
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { 'working-directory': 'jest' } });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['total'], '10');
    assert.equal(result.outputs['failed'], '4');
    assert.equal(result.outputs['errors'], '1');
    assert.deepEqual(
      errorAnnotations(result.stdout).map(({ file, line, title }) => [file, line, title]),
      [
        ['jest/tokenizer.test.js', 23, 'tokenize drops punctuation failed'],
        ['jest/tokenizer.test.js', 9, 'accuracy of no labels failed'],
        ['jest/broken.test.js', 3, 'Test suite failed to run › broken.test.js errored'],
        [undefined, undefined, 'Test suite failed to run › broken.test.js failed'],
        [undefined, undefined, undefined],
      ],
    );
  });

  test("node's junit reporter and Maven Surefire, read together from two folders", async () => {
    const workspace = await workspaceWith({
      'web/test-results/junit.xml': fixtureReport('node-test.xml'),
      'jvm/target/surefire-reports/TEST-example.TokenizerTest.xml': fixtureReport('surefire.xml'),
    });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { reports: 'web/**/junit*.xml\njvm/target/surefire-reports/TEST-*.xml', 'fail-on': 'none' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(
      [
        result.outputs['total'],
        result.outputs['passed'],
        result.outputs['failed'],
        result.outputs['errors'],
        result.outputs['skipped'],
      ],
      ['14', '7', '4', '1', '3'],
    );
    assert.match(result.summary, /· 2 reports$/m);
    assert.match(
      result.summary,
      /^\| tokenize › drops punctuation \| — \| Expected values to be strictly deep-equal:/m,
    );
  });

  test('Surefire names a failing file by its class: found in Maven’s test source folder of the working directory', async () => {
    const workspace = await workspaceWith({
      'jvm/target/surefire-reports/TEST-example.TokenizerTest.xml': fixtureReport('surefire.xml'),
    });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { 'working-directory': 'jvm', reports: 'target/surefire-reports/TEST-*.xml' },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(
      errorAnnotations(result.stdout).map(({ file, line, title }) => [file, line, title]),
      [
        ['jvm/src/test/java/example/TokenizerTest.java', 22, 'example.TokenizerTest.dropsPunctuation failed'],
        ['jvm/src/test/java/example/TokenizerTest.java', 32, 'example.TokenizerTest.accuracyOfNoLabels errored'],
        [undefined, undefined, undefined],
      ],
    );
  });

  test('reports under node_modules, .venv and .git are not read', async () => {
    const workspace = await workspaceWith({
      'junit.xml': fixtureReport('node-test.xml'),
      'node_modules/some-package/junit.xml': fixtureReport('pytest-xunit1.xml'),
      'packages/a/node_modules/b/junit-report.xml': fixtureReport('pytest-xunit1.xml'),
      '.venv/lib/python3.12/site-packages/pkg/tests/junit.xml': fixtureReport('pytest-xunit1.xml'),
      '.git/junit.xml': fixtureReport('pytest-xunit1.xml'),
    });
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { 'fail-on': 'none' } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['total'], '8');
    assert.match(result.summary, /· 1 report$/m);
  });

  test('a command that fails while its reports show no failing test passes, with a warning', async () => {
    const workspace = await workspaceWith({
      'junit.xml': fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, ''),
    });
    // The command writes its report (here, touches it): a report older than the command would be ignored.
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { command: 'touch junit.xml; exit 3' } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['failed'], '0');
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0], /^The test command exited with code 3, but the reports show no failing test\./);
  });

  test('a command of several lines is shown in the summary as a code block, so its comments stay code', async () => {
    const workspace = await workspaceWith({
      'junit.xml': fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, ''),
    });
    const command =
      'echo "`tests`"\n# a comment line would be a Markdown heading outside a code block\ntouch junit.xml\nexit 3';
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { command } });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.ok(
      result.summary.includes(`The test command exited with code 3:\n\n\`\`\`sh\n${command}\n\`\`\`\n\n`),
      result.summary,
    );
  });

  test("with fail-on 'gate', no report is a warning and the gate still decides", async () => {
    const workspace = await workspaceWith({ 'metrics.json': '{"accuracy": 0.5}' });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { metrics: 'metrics.json', thresholds: 'accuracy >= 0.8', 'fail-on': 'gate' },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['total'], '0');
    assert.equal(result.outputs['gate'], 'failed');
    assert.match(
      result.warnings[0] ?? '',
      /^No JUnit report matched 'reports' \(\*\*\/junit\*\.xml\) in .* \(no test command was run: 'command' is empty\)\./,
    );
    assert.deepEqual(result.errors, [
      'The quality gate failed: accuracy is 0.5, not >= 0.8. See the job summary for details.',
    ]);
    assert.match(result.summary, /^## Tests: ⚠️ no test cases$/m);
  });
});
