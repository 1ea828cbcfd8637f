// Reports are untrusted input: injected workflow commands, entity bombs,
// broken XML, and sizes that would break the summary.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createGitFixture, git, runBundle, writeTree } from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { activeCommands, errorAnnotations, fixtureReport, workspaceWith } from './support.js';

/** Text for an XML attribute. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('dist/test on hostile reports', () => {
  test('test names and messages that carry workflow commands stay data', async () => {
    const workspace = await workspaceWith({ 'py/junit.xml': fixtureReport('pytest-injection.xml') });
    await writeTree(workspace, { 'jest/junit.xml': fixtureReport('jest-injection.xml', workspace) });
    const result = await runBundle({ action: 'test', cwd: workspace });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['failed'], '2');

    // The text was printed (inside a stop-commands block)…
    assert.match(result.stdout, /^\s*::error::injected by a message$/m);
    assert.match(result.stdout, /^\s*::add-mask::hunter2$/m);
    // …but the runner would act on none of it: no mask, no stray annotation, commands never stopped by a test.
    const commands = activeCommands(result.stdout);
    const names = commands.map((line) => /^::([\w-]+)/.exec(line)?.[1]);
    assert.deepEqual(
      [...new Set(names)].sort(),
      ['endgroup', 'error', 'group'],
      `unexpected commands:\n${commands.join('\n')}`,
    );
    assert.ok(!commands.some((line) => line.includes('pwned') && line.startsWith('::stop-commands')));
    const annotations = errorAnnotations(result.stdout);
    assert.equal(annotations.length, 3, 'two failing tests and the step failure');
    assert.equal(
      annotations[0].title,
      ' reads data ::error file=.github/workflows/release.yml,line=1::injected by a test name ::add-mask::hunter2 failed',
    );
    assert.equal(annotations[0].file, 'jest-injection/injection.test.js');
    assert.equal(annotations[0].line, 5);
    assert.match(
      annotations[0].message,
      /^Error: model drifted\n::error::injected by a message\n::add-mask::hunter2\n/,
    );
    assert.match(
      annotations[1].message,
      /^AssertionError: model drifted\n {2}::error file=\.github\/workflows\/release\.yml,line=1::injected/,
    );
  });

  test('test names, messages and file names that hold Markdown and HTML are shown as text in the summary', async () => {
    const hostile = {
      link: '[click](https://evil.example)',
      image: '![x](https://evil.example/a.png)',
      html: '<img src=x onerror=alert(1)>',
      heading: '# Heading',
      details: '<details>',
      url: 'https://evil.example',
      mention: '@octocat',
    };
    const cases = [
      [hostile.link, hostile.image, 'tests/[x](javascript:alert(1))|<img src=x>.py'],
      [hostile.html, hostile.heading, 'tests/test_html.py'],
      [hostile.details, `see ${hostile.url} now`, 'tests/test_details.py'],
      [`${hostile.mention} ping`, `${hostile.details}<summary>open</summary> cc ${hostile.mention}`, 'tests/x.py'],
    ];
    const report = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<testsuite name="hostile">',
      ...cases.map(
        ([name, message, file]) =>
          `  <testcase classname="" name="${xml(name)}" file="${xml(file)}" line="3" time="0.2">` +
          `<failure message="${xml(message)}">${xml(message)}</failure></testcase>`,
      ),
      `  <testcase classname="" name="${xml(hostile.heading)}" time="0.1"/>`,
      '</testsuite>',
    ].join('\n');
    // The report is committed in the checkout the step reads, as a forged one would be.
    const { workspace } = await createGitFixture();
    await writeTree(workspace, { 'reports/junit-hostile.xml': report });
    git(workspace, 'add', '.');
    git(workspace, '-c', 'user.name=Mallory', '-c', 'user.email=m@example.com', 'commit', '-q', '-m', 'reports');

    const result = await runBundle({ action: 'test', cwd: workspace });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['failed'], '4');
    const rendered = renderMarkdown(result.summary);
    // Only the summary's own structure is live: its headings, tables, bold counts and code spans.
    assert.deepEqual(rendered.headings, ['Tests: ❌ 4 of 5 tests failed', 'Failing tests', 'Slowest tests']);
    assert.deepEqual(
      rendered.elements.filter((element) => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(element)),
      ['h2', 'p', 'strong', 'h3', 'code'],
    );
    assert.deepEqual(rendered.targets, []);
    assert.deepEqual(rendered.references, []);
    // …and every hostile text reads as it was written.
    const failing = rendered.rows.slice(1, 5).map((row) => row.map((text) => text.replace(/\u200b/g, '')));
    assert.deepEqual(
      failing,
      cases.map(([name, message, file]) => [`hostile › ${name}`, `${file}:3`, message]),
    );
    assert.deepEqual(rendered.rows.at(-1), [`hostile › ${hostile.heading}`, '100 ms', 'passed']);
  });

  test('a metrics file that carries a workflow command is not quoted when it does not parse', async () => {
    // V8 quotes a short text whole in its parse error, newlines and all: the error gives a position instead.
    const workspace = await workspaceWith({
      'junit.xml': fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, ''),
      'metrics.json': '\n::warning::pwned\n',
    });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { metrics: 'metrics.json', thresholds: 'eval.accuracy >= 0.85' },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['gate'], 'failed');
    assert.deepEqual(result.warnings, []);
    assert.equal(result.errors.length, 1);
    assert.equal(
      result.errors[0],
      'The metrics file "metrics.json" (input \'metrics\') is not valid JSON (line 2, column 1: expected a value). ' +
        'See the job summary for details.',
    );
    assert.deepEqual(
      activeCommands(result.stdout).filter((line) => line.includes('pwned')),
      [],
    );
    assert.doesNotMatch(result.summary, /pwned/);
  });

  test('a billion-laughs report fails with one error naming the file and the line; nothing is expanded', async () => {
    const lines = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '  <!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) {
      lines.push(`  <!ENTITY lol${level} "${`&lol${level - 1 || ''};`.repeat(10)}">`);
    }
    lines.push(']>', '<testsuite name="bomb">', '  <testcase name="&lol9;"/>', '</testsuite>');
    const workspace = await workspaceWith({ 'reports/junit-bomb.xml': lines.join('\n') });
    const result = await runBundle({ action: 'test', cwd: workspace });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, [
      'The JUnit report reports/junit-bomb.xml is not well-formed XML: line 15, column 25: undefined entity ' +
        '(reports are read without a DTD: entities are not expanded).',
    ]);
    assert.ok(!result.stdout.includes('lollollol'));
    assert.deepEqual(result.outputs, {});
  });

  test('a malformed report is one error naming the file and the line', async () => {
    const workspace = await workspaceWith({
      'junit-good.xml': fixtureReport('node-test.xml'),
      'junit-cut.xml': fixtureReport('node-test.xml').slice(0, 1500),
    });
    const result = await runBundle({ action: 'test', cwd: workspace });
    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^The JUnit report junit-cut\.xml is not well-formed XML: line \d+, column \d+: unclosed tag: \w+\.$/,
    );
  });

  test('100 000 test cases: exact counts, and a summary under 1 MiB that says what it left out', async () => {
    const workspace = await workspaceWith({});
    const path = join(workspace, 'junit.xml');
    const out = createWriteStream(path);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n');
    for (let suite = 0; suite < 100; suite++) {
      await write(`<testsuite name="suite ${suite}">\n`);
      for (let i = 0; i < 1000; i++) {
        const n = suite * 1000 + i;
        // Long names and messages on the failing cases: as big as a summary row gets.
        const name = n % 50 === 0 ? `test_${n}_${'long_parameter_id_'.repeat(60)}` : `test_${n}`;
        const attributes = `classname="tests.test_suite_${suite}" name="${name}" time="${(n % 1000) / 1000}"`;
        if (n % 50 === 0) {
          const message = `assert ${n} == 0 ${'where x = '.repeat(30)}`;
          await write(
            `<testcase ${attributes}><failure message="${message}">tests/test_suite_${suite}.py:${i + 1}: AssertionError</failure></testcase>\n`,
          );
        } else if (n % 50 === 1) {
          await write(`<testcase ${attributes}><skipped message="slow"/></testcase>\n`);
        } else {
          await write(`<testcase ${attributes}/>\n`);
        }
      }
      await write('</testsuite>\n');
    }
    out.end('</testsuites>\n');
    await once(out, 'finish');

    const result = await runBundle({ action: 'test', cwd: workspace });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(
      [result.outputs['total'], result.outputs['passed'], result.outputs['failed'], result.outputs['skipped']],
      ['100000', '96000', '2000', '2000'],
    );
    assert.equal(errorAnnotations(result.stdout).length, 11, '10 annotations and the step failure');
    const size = Buffer.byteLength(result.summary);
    assert.ok(size < 1024 * 1024, `summary is ${size} bytes`);
    assert.match(result.summary, /^## Tests: ❌ 2000 of 100000 tests failed$/m);
    assert.equal(result.summary.match(/^\| tests\.test\\_suite\\_\d+\.test\\_\d+\\_long/gm)?.length, 200);
    assert.match(
      result.summary,
      /^1800 more failing tests are not listed here; the `report` file has the first 1000, with their messages\. 10 of 2000 failing tests are annotated/m,
    );
    assert.match(
      result.summary,
      /### Slowest tests\n\| Test \| Time \| Result \|\n\| --- \| --- \| --- \|\n\| tests\.test\\_suite\\_0\.test\\_999 \| 999 ms \| passed \|/,
    );
    const report = JSON.parse(readFileSync(result.outputs['report'] ?? '', 'utf8')) as {
      failures: unknown[];
      omitted_failures: number;
    };
    assert.equal(report.failures.length, 1000);
    assert.equal(report.omitted_failures, 1000);
  });
});
